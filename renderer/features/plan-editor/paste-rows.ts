import { newId } from '../../../shared/model/ids'
import type { Column, TaskField, TaskRow } from '../../../shared/model/types'

/**
 * Turns a block copied from Excel or a Word table (tab-separated cells, one row per line, quoted
 * cells may hold line breaks) into task rows, filling `columns` from left to right.
 */
export function parseRowsFromClipboard(text: string, columns: readonly Column[]): TaskRow[] {
  const editable = columns.filter(c => c.kind !== 'index')
  return parseTsv(text.normalize('NFC')).map(cells => {
    const fields: Partial<Record<TaskField, string>> = {}
    const custom: Record<string, string> = {}
    cells.forEach((cell, i) => {
      const column = editable[i]
      if (!column || cell.trim() === '') {
        return
      }
      if (column.kind === 'custom') {
        custom[column.id] = cell.trim()
      } else {
        fields[column.kind as TaskField] = cell.trim()
      }
    })
    return {
      type: 'task',
      id: newId(),
      fields,
      ...(Object.keys(custom).length > 0 ? { custom } : {}),
    }
  })
}

/** Splits tab-separated text as spreadsheets write it (quoted cells with "" escapes and newlines). */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const src = text.replace(/\r\n?/g, '\n').replace(/\n$/, '')
  for (let i = 0; i < src.length; i += 1) {
    const ch = src[i]!
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"'
        i += 1
      } else if (ch === '"') {
        quoted = false
      } else {
        cell += ch
      }
    } else if (ch === '"' && cell === '') {
      quoted = true
    } else if (ch === '\t') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else {
      cell += ch
    }
  }
  row.push(cell)
  rows.push(row)
  return rows.filter(r => r.some(c => c.trim() !== ''))
}
