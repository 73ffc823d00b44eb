import { END_MARK, withEnding } from '../../../shared/docx/end-marks'
import type { Paragraph } from '../../../shared/model/types'
import { BodyLine } from './BodyLine'
import { InlineRuns } from './InlineRuns'

/** The closing paragraphs (`Trên đây là Kế hoạch …`), the last one ending with `./.`. */
export function ClosingBlock({ paragraphs }: { paragraphs: readonly Paragraph[] }) {
  if (paragraphs.length === 0) {
    return null
  }
  const lastIndex = paragraphs.length - 1
  return (
    <div className="pg-closing" data-testid="closing">
      {paragraphs.map((paragraph, i) => (
        <div
          key={paragraph.id}
          className="pg-block pg-block--paragraph"
          data-block-id={paragraph.id}
          data-testid={`paragraph-${paragraph.id}`}
        >
          <BodyLine>
            <InlineRuns
              runs={i === lastIndex ? withEnding(paragraph.content, END_MARK) : paragraph.content}
            />
          </BodyLine>
        </div>
      ))}
    </div>
  )
}
