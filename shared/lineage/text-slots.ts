import { toRoman } from '../model'
import type { Appendix, Block, Plan, Run, TaskField, TextRun } from '../model'

/** Which part of the plan a text slot belongs to. */
export type SlotArea =
  | 'subject'
  | 'basis'
  | 'preamble'
  | 'section-title'
  | 'section'
  | 'closing'
  | 'recipient'
  | 'appendix-title'
  | 'group'
  | 'cell'

/**
 * One editable piece of plain text in a plan: a run, a title, a recipient, a table cell.
 * `owner` is the block or row the slot belongs to (flags are raised per owner).
 */
export type TextSlot = {
  readonly key: string
  readonly area: SlotArea
  readonly label: string
  readonly owner: string
  readonly text: string
  /** The task field of a `cell` slot. */
  readonly field?: TaskField
}

type Visit = (slot: Omit<TextSlot, 'text'>, text: string) => string

/**
 * Rebuilds the plan with every text slot passed through `visit` (in reading order). Returning the
 * text unchanged keeps the node as it was, so an identity visit returns an equal plan.
 */
export function mapPlanText(plan: Plan, visit: Visit): Plan {
  const bases = plan.bases.map(line => ({
    ...line,
    content: mapRuns(line.content, `basis:${line.id}`, 'basis', 'Căn cứ', visit),
  }))
  return {
    ...plan,
    subject: visit(slot('subject', 'subject', 'Trích yếu', 'subject'), plan.subject),
    bases,
    preamble: mapBlocks(plan.preamble, 'preamble', 'Phần mở đầu', visit),
    sections: plan.sections.map((section, index) => {
      const label = `Mục ${toRoman(index + 1)}`
      const titleKey = `section-title:${section.id}`
      return {
        ...section,
        title: visit(slot(titleKey, 'section-title', label, titleKey), section.title),
        children: mapBlocks(section.children, 'section', label, visit),
      }
    }),
    closing: plan.closing.map(p => ({
      ...p,
      content: mapRuns(p.content, `block:${p.id}`, 'closing', 'Phần kết', visit),
    })),
    recipients: plan.recipients.map(r => {
      const key = `recipient:${r.id}`
      return { ...r, text: visit(slot(key, 'recipient', 'Nơi nhận', key), r.text) }
    }),
    appendices: plan.appendices.map((a, index) => mapAppendix(a, index, visit)),
  }
}

/** Every text slot of the plan with its current text, in reading order. */
export function listSlots(plan: Plan): TextSlot[] {
  const slots: TextSlot[] = []
  mapPlanText(plan, (s, text) => {
    slots.push({ ...s, text })
    return text
  })
  return slots
}

function slot(key: string, area: SlotArea, label: string, owner: string) {
  return { key, area, label, owner }
}

function mapBlocks(blocks: readonly Block[], area: SlotArea, label: string, visit: Visit): Block[] {
  return blocks.map(block => {
    const content = mapRuns(block.content, `block:${block.id}`, area, label, visit)
    if (block.type === 'paragraph') {
      return { ...block, content }
    }
    return { ...block, content, children: mapBlocks(block.children, area, label, visit) }
  })
}

function mapRuns(
  runs: readonly Run[],
  owner: string,
  area: SlotArea,
  label: string,
  visit: Visit
): Run[] {
  return runs.map((run, index) => {
    const key = `${owner}:${index}`
    if ('type' in run) {
      const content = run.content.map((inner, k): TextRun => ({
        ...inner,
        text: visit(slot(`${key}:${k}`, area, `${label} (chú thích)`, owner), inner.text),
      }))
      return { ...run, content }
    }
    return { ...run, text: visit(slot(key, area, label, owner), run.text) }
  })
}

function mapAppendix(appendix: Appendix, index: number, visit: Visit): Appendix {
  const label = `Phụ lục ${index + 1}`
  const titleKey = `appendix-title:${appendix.id}`
  let taskNo = 0
  const rows = appendix.rows.map(row => {
    const owner = `row:${appendix.id}:${row.id}`
    if (row.type === 'group') {
      const key = `group:${appendix.id}:${row.id}`
      return { ...row, label: visit(slot(key, 'group', `${label}, dòng nhóm`, owner), row.label) }
    }
    taskNo += 1
    const fields: Partial<Record<TaskField, string>> = {}
    for (const [field, value] of Object.entries(row.fields) as [TaskField, string][]) {
      const column = appendix.columns.find(c => c.kind === field)?.label ?? field
      const key = `cell:${appendix.id}:${row.id}:${field}`
      const cellLabel = `${label}, hàng ${taskNo}, ${column}`
      fields[field] = visit({ ...slot(key, 'cell', cellLabel, owner), field }, value)
    }
    return { ...row, fields }
  })
  return {
    ...appendix,
    title: visit(slot(titleKey, 'appendix-title', label, titleKey), appendix.title),
    rows,
  }
}
