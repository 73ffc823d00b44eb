import { runsText } from '../../text/runs'
import type { Block, Plan, SectionRole, TaskField } from '../types'
import type { TextTarget } from './fix'

/** What part of the plan a text comes from. */
export type TextKind = 'subject' | 'basis' | 'body' | 'heading' | 'closing' | 'recipient' | 'cell'

/** One piece of plan text with its place, for the text rules. */
export type PlanText = {
  readonly target: TextTarget
  readonly text: string
  readonly kind: TextKind
  /** Body section role; `undefined` for the preamble and everything outside the body. */
  readonly section?: SectionRole
  /** The task field of a table cell. */
  readonly cellField?: TaskField
}

const cache = new WeakMap<Plan, readonly PlanText[]>()

/** Every piece of text of a plan in reading order (computed once per plan object). */
export function planTexts(plan: Plan): readonly PlanText[] {
  const cached = cache.get(plan)
  if (cached) {
    return cached
  }
  const out: PlanText[] = [{ target: { field: 'subject' }, text: plan.subject, kind: 'subject' }]
  for (const basis of plan.bases) {
    out.push({
      target: { id: basis.id, field: 'content' },
      text: runsText(basis.content),
      kind: 'basis',
    })
  }
  const walk = (blocks: readonly Block[], section?: SectionRole): void => {
    for (const block of blocks) {
      const kind = block.type === 'item' && block.heading ? 'heading' : 'body'
      out.push({
        target: { id: block.id, field: 'content' },
        text: runsText(block.content),
        kind,
        ...(section ? { section } : {}),
      })
      if (block.type === 'item') {
        walk(block.children, section)
      }
    }
  }
  walk(plan.preamble)
  for (const section of plan.sections) {
    out.push({
      target: { id: section.id, field: 'title' },
      text: section.title,
      kind: 'heading',
      section: section.role,
    })
    walk(section.children, section.role)
  }
  for (const p of plan.closing) {
    out.push({ target: { id: p.id, field: 'content' }, text: runsText(p.content), kind: 'closing' })
  }
  for (const r of plan.recipients) {
    out.push({ target: { id: r.id, field: 'recipient' }, text: r.text, kind: 'recipient' })
  }
  for (const appendix of plan.appendices) {
    out.push({ target: { id: appendix.id, field: 'title' }, text: appendix.title, kind: 'heading' })
    for (const row of appendix.rows) {
      if (row.type === 'group') {
        out.push({ target: { id: row.id, field: 'label' }, text: row.label, kind: 'cell' })
        continue
      }
      for (const [field, text] of Object.entries(row.fields) as [TaskField, string][]) {
        out.push({
          target: { id: row.id, field: `fields.${field}` },
          text,
          kind: 'cell',
          cellField: field,
        })
      }
    }
  }
  cache.set(plan, out)
  return out
}
