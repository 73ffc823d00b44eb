import type { Plan } from '../../../shared/model/types'
import { collectFootnotes } from './collect-footnotes'
import { InlineRuns } from './InlineRuns'
import { useNumbering } from './page-context'

/** The footnote texts at the foot of the page area, 12 pt, under a short separator rule. */
export function FootnoteList({ plan }: { plan: Plan }) {
  const { footnotes } = useNumbering()
  const entries = collectFootnotes(plan)
  if (entries.length === 0) {
    return null
  }
  return (
    <footer className="pg-footnotes" data-testid="footnotes">
      {entries.map(entry => (
        <p key={entry.id} className="pg-footnote" data-block-id={entry.id}>
          <sup className="pg-footnote__number">{footnotes.get(entry.id) ?? '?'}</sup>{' '}
          <InlineRuns runs={entry.content} />
        </p>
      ))}
    </footer>
  )
}
