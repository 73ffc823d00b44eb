import { TASK_FIELDS, type Block, type TaskRow } from '../model/types'
import { runsText } from '../text/runs'
import type { ClauseFragment } from './types'

/** Plain text of a block and its subtree, one line per block. */
export function blockText(block: Block): string {
  const own = runsText(block.content).trim()
  if (block.type === 'paragraph') {
    return own
  }
  const lines = [own, ...block.children.map(blockText)]
  return lines.filter(line => line !== '').join('\n')
}

/** Plain text of a task row's fields, one line per non-empty field. */
export function taskRowText(row: TaskRow): string {
  return TASK_FIELDS.map(field => row.fields[field]?.trim() ?? '')
    .filter(text => text !== '')
    .join('\n')
}

/** Plain text (NFC) of a clause fragment: what search and display use. */
export function fragmentText(fragment: ClauseFragment): string {
  switch (fragment.kind) {
    case 'paragraph':
    case 'item':
      return blockText(fragment.block).normalize('NFC')
    case 'task-row':
      return taskRowText(fragment.row).normalize('NFC')
    case 'basis':
      return runsText(fragment.line.content).trim().normalize('NFC')
    case 'recipient':
    case 'section-heading':
      return fragment.text.trim().normalize('NFC')
  }
}
