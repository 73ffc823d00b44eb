import { runsText } from '../../../shared/text/runs'
import type { Block, Plan } from '../../../shared/model/types'

/** A node the clerk can tag for a taxonomy entry: a task-section item or an appendix row. */
export type CoverageCandidate = { readonly id: string; readonly label: string }

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text)

/** Every body block of Nhiệm vụ and extra sections and every task row, labelled by its text. */
export function coverageCandidates(plan: Plan): CoverageCandidate[] {
  const out: CoverageCandidate[] = []
  const walk = (blocks: readonly Block[]): void =>
    blocks.forEach(b => {
      const text = runsText(b.content).trim()
      if (text) {
        out.push({ id: b.id, label: short(text) })
      }
      if (b.type === 'item') {
        walk(b.children)
      }
    })
  plan.sections.filter(s => s.role === 'tasks' || s.role === 'extra').forEach(s => walk(s.children))
  plan.appendices.forEach(a =>
    a.rows.forEach(r => {
      const text = r.type === 'task' ? (r.fields.task ?? r.fields.criterion ?? '').trim() : ''
      if (text) {
        out.push({ id: r.id, label: `Phụ lục: ${short(text)}` })
      }
    })
  )
  return out
}
