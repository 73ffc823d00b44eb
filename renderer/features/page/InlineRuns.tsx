import type { ReactNode } from 'react'
import type { Run, TextRun } from '../../../shared/model/types'
import { useNumbering } from './page-context'

/** One formatted text run: bold and italic as `<strong>` / `<em>`. */
function TextRunView({ run }: { run: TextRun }) {
  let node: ReactNode = run.text
  if (run.italic) {
    node = <em>{node}</em>
  }
  if (run.bold) {
    node = <strong>{node}</strong>
  }
  return <>{node}</>
}

/** A footnote reference: its computed number as a superscript. */
function FootnoteRef({ id }: { id: string }) {
  const { footnotes } = useNumbering()
  return (
    <sup className="pg-footnote-ref" data-footnote-id={id}>
      {footnotes.get(id) ?? '?'}
    </sup>
  )
}

/** The inline content of a paragraph, item or căn cứ line. */
export function InlineRuns({ runs }: { runs: readonly Run[] }) {
  return (
    <>
      {runs.map((run, i) =>
        'type' in run ? <FootnoteRef key={run.id} id={run.id} /> : <TextRunView key={i} run={run} />
      )}
    </>
  )
}
