import { appendixReference } from '../../../shared/model/format-header'
import { appendixHeading } from '../../../shared/model/numbering'
import type { Appendix, Header } from '../../../shared/model/types'
import { Sheet } from './Sheet'
import { TaskTable } from './TaskTable'

/** Props of an appendix sheet. */
export type AppendixSheetProps = {
  readonly appendix: Appendix
  readonly index: number
  readonly count: number
  readonly header: Header
}

/** Heading, caps title, italic reference line and rule of an appendix. */
export function AppendixHeading({ appendix, index, count, header }: AppendixSheetProps) {
  return (
    <div className="pg-appendix__head">
      <div className="pg-appendix__heading">{appendixHeading(index, count)}</div>
      <div className="pg-appendix__title">{appendix.title}</div>
      <div className="pg-appendix__reference">{appendixReference(header)}</div>
      <div className="pg-rule pg-rule--title" />
    </div>
  )
}

/** A Phụ lục on its own sheet (landscape unless the appendix says otherwise). */
export function AppendixSheet(props: AppendixSheetProps) {
  const { appendix, index } = props
  return (
    <Sheet
      landscape={appendix.landscape !== false}
      testId={`appendix-${index}`}
      blockId={appendix.id}
    >
      <AppendixHeading {...props} />
      <TaskTable appendix={appendix} />
    </Sheet>
  )
}
