import type { BasisLine } from '../../../shared/model/types'
import { InlineRuns } from './InlineRuns'

/** `KẾ HOẠCH` and the trích yếu (bold, normal case) with a short rule under it. */
export function TitleBlock({ subject }: { subject: string }) {
  return (
    <div className="pg-title" data-block-id="subject" data-testid="title">
      <div className="pg-title__kind">KẾ HOẠCH</div>
      <div className="pg-title__subject" data-testid="title-subject">
        {subject}
      </div>
      <div className="pg-rule pg-rule--title" />
    </div>
  )
}

/** One căn cứ line, in italics. */
export function BasisLineView({ line }: { line: BasisLine }) {
  return (
    <p className="pg-basis" data-block-id={line.id} data-testid={`basis-${line.id}`}>
      <InlineRuns runs={line.content} />
    </p>
  )
}

/** The căn cứ lines under the title (nothing when the plan has none). */
export function BasisLines({ lines }: { lines: readonly BasisLine[] }) {
  if (lines.length === 0) {
    return null
  }
  return (
    <div className="pg-bases" data-testid="bases">
      {lines.map(line => (
        <BasisLineView key={line.id} line={line} />
      ))}
    </div>
  )
}
