import type { Block, Item, Plan, Section, TaskRow } from '../../../../shared/model'
import { samplePlan } from '../sample-plans'

/** The block added to section III of the edited sample. */
export const ADDED_TEXT = 'Giao Phòng Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này.'

/**
 * Sample 001 edited like a clerk would: a paragraph added at the end of section III, the item
 * "Phòng Y tế" (with its one child) removed, words changed in a task-section block, the item
 * "Thanh tra huyện" (with its child) moved to the top of section III, and an appendix cell edited.
 */
export function editedSample(): { older: Plan; newer: Plan; edited: string; movedIds: string[] } {
  const older = samplePlan('001')
  const tasks = older.sections[1]!
  const org = older.sections[2]!
  const firstTask = (tasks.children[0] as Item).children[0]!
  const editedBlock = { ...firstTask, content: [{ text: `${textOf(firstTask)} và hằng tháng` }] }
  const inspection = org.children.find(b => b.id === 's001-b74') as Item
  const orgChildren = org.children.filter(b => b.id !== 's001-b65' && b.id !== 's001-b74')
  const added: Block = { type: 'paragraph', id: 'new-1', content: [{ text: ADDED_TEXT }] }
  const newTasks: Section = {
    ...tasks,
    children: tasks.children.map((b, i) =>
      i === 0 ? { ...(b as Item), children: [editedBlock, ...(b as Item).children.slice(1)] } : b
    ),
  }
  const appendix = older.appendices[0]!
  const row = appendix.rows.find((r): r is TaskRow => r.type === 'task')!
  const rows = appendix.rows.map(r =>
    r === row ? { ...row, fields: { ...row.fields, lead: 'Phòng Tư pháp' } } : r
  )
  const newer: Plan = {
    ...older,
    sections: [
      older.sections[0]!,
      newTasks,
      { ...org, children: [inspection, ...orgChildren, added] },
    ],
    appendices: [{ ...appendix, rows }],
  }
  return {
    older,
    newer,
    edited: `block:${firstTask.id}`,
    movedIds: ['block:s001-b74', `block:${inspection.children[0]!.id}`],
  }
}

/** The task of the appendix row added by `rowEditedSample`. */
export const ADDED_ROW_TASK = 'Rà soát, niêm yết công khai thủ tục hành chính tại bộ phận một cửa'

/** The task of the appendix row `rowEditedSample` removes (row s001-r4). */
export const REMOVED_ROW_TASK =
  '- Tổ chức cuộc bầu cử đại biểu Quốc hội khóa XV và bầu cử HĐND các cấp (Nhiệm kỳ 2021-2026)'

/**
 * The edited sample with its appendix edited further: a task row added after the edited row and
 * row s001-r4 removed (the edited cell stays: `lead` from `Phòng Văn hóa thông tin` to
 * `Phòng Tư pháp`).
 */
export function rowEditedSample(): { older: Plan; newer: Plan } {
  const { older, newer } = editedSample()
  const appendix = newer.appendices[0]!
  const added: TaskRow = {
    type: 'task',
    id: 'new-row-1',
    fields: { task: ADDED_ROW_TASK, lead: 'Văn phòng HĐND và UBND', timeline: 'Quý III' },
  }
  const rows = appendix.rows
    .filter(r => r.id !== 's001-r4')
    .flatMap(r => (r.id === 's001-r2' ? [r, added] : [r]))
  return { older, newer: { ...newer, appendices: [{ ...appendix, rows }] } }
}

function textOf(block: Block): string {
  return block.content.map(r => ('type' in r ? '' : r.text)).join('')
}

/** The plan with every node id renamed, as a Word import of the same text would have it. */
export function renamedIds(plan: Plan): Plan {
  const rename = <T extends { id: string }>(node: T): T => ({ ...node, id: `w-${node.id}` })
  const blocks = (list: readonly Block[]): Block[] =>
    list.map(b => (b.type === 'item' ? { ...rename(b), children: blocks(b.children) } : rename(b)))
  return {
    ...plan,
    bases: plan.bases.map(rename),
    preamble: blocks(plan.preamble),
    sections: plan.sections.map(s => ({ ...rename(s), children: blocks(s.children) })),
    closing: plan.closing.map(rename),
    recipients: plan.recipients.map(rename),
    appendices: plan.appendices.map(a => ({ ...rename(a), rows: a.rows.map(rename) })),
  }
}
