import { newId } from '../../../shared/model/ids'
import type { Column, TaskField, TaskRow } from '../../../shared/model/types'

/**
 * Turns a block copied from Excel or a Word table (tab-separated cells, one row per line, quoted
 * cells may hold line breaks) into task rows, filling `columns` from left to right.
 */
export function parseRowsFromClipboard(text: string, columns: readonly Column[]): TaskRow[] {
  const editable = columns.filter(c => c.kind !== 'index')
  return parseTsv(text.normalize('NFC')).map(raw => {
    // A block copied with its TT/STT column: that number is computed here, not pasted.
    const cells = raw.length > editable.length && INDEX_CELL.test(raw[0] ?? '') ? raw.slice(1) : raw
    const fields: Partial<Record<TaskField, string>> = {}
    const custom: Record<string, string> = {}
    const put = (column: Column, value: string) => {
      if (column.kind === 'custom') {
        custom[column.id] = custom[column.id] ? `${custom[column.id]}\n${value}` : value
      } else {
        const kind = column.kind as TaskField
        fields[kind] = fields[kind] ? `${fields[kind]}\n${value}` : value
      }
    }
    cells.forEach((cell, i) => {
      // Cells beyond the last column are kept in the last column, never dropped.
      const column = editable[Math.min(i, editable.length - 1)]
      if (column && cell.trim() !== '') {
        put(column, cell.trim())
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

/** What a TT/STT cell holds: `1`, `1.2`, `IV`, optionally with a dot. */
const INDEX_CELL = /^\s*(?:\d+(?:\.\d+)*|[IVXLC]+)\.?\s*$/

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
