import type { Column, TableRow, TaskRow } from './types'

/** The text a task row stores for a column (what the clerk edits); the index column stores none. */
export function cellValue(row: TaskRow, column: Column): string {
  if (column.kind === 'index') {
    return ''
  }
  return column.kind === 'custom'
    ? (row.custom?.[column.id] ?? '')
    : (row.fields[column.kind] ?? '')
}

/**
 * The text a task row's cell prints in a column: the computed index in the index column, the
 * criterion prefixed by its letter (`a) …`), the stored text elsewhere. Used by the page and by
 * the Word table alike.
 */
export function taskCellText(
  row: TaskRow,
  column: Column,
  index: string,
  letter: string | undefined
): string {
  if (column.kind === 'index') {
    return index
  }
  const text = cellValue(row, column)
  return column.kind === 'criterion' && letter !== undefined ? `${letter} ${text}` : text
}

/** The row with `value` stored for a column; group rows and the index column are unchanged. */
export function withCell(row: TableRow, column: Column, value: string): TableRow {
  if (row.type !== 'task' || column.kind === 'index') {
    return row
  }
  return column.kind === 'custom'
    ? { ...row, custom: { ...row.custom, [column.id]: value } }
    : { ...row, fields: { ...row.fields, [column.kind]: value } }
}
