import { newId } from '../model/ids'
import { foldVietnamese } from '../text/fold'
import type {
  Appendix,
  Column,
  ColumnKind,
  TableNumbering,
  TableRow,
  TaskField,
} from '../model/types'
import { runsPlain, type DocCell, type DocRow, type DocTable } from './doc-types'
import { groupNumbering, splitGroupNumber, type GroupNumber } from './group-number'
import { allRuns } from './runs-map'

/** Column kind from its header label (folded, diacritic-insensitive). */
export function columnKind(label: string): ColumnKind {
  const l = foldVietnamese(label).toLowerCase().replace(/\s+/g, ' ').trim()
  if (/^(s?tt|so tt|thu tu)$/.test(l)) {
    return 'index'
  }
  if (l.includes('thoi gian') || l.includes('thoi han')) {
    return 'timeline'
  }
  if (l.includes('ket qua') || l.includes('san pham')) {
    return 'result'
  }
  if (l.includes('ghi chu')) {
    return 'note'
  }
  if (l.includes('chi tieu')) {
    return 'target'
  }
  if (l.includes('chu tri') || l.includes('co quan thuc hien')) {
    return 'lead'
  }
  if (l.includes('phoi hop') || l.includes('don vi thuc hien')) {
    return 'partners'
  }
  if (l.includes('chi so') || l.includes('tieu chi') || l === 'noi dung') {
    return 'criterion'
  }
  if (l.includes('nhiem vu')) {
    return 'task'
  }
  return 'custom'
}

const cellText = (c: DocCell | undefined): string =>
  (c?.paragraphs ?? [])
    .map(p =>
      runsPlain(p.runs)
        .replace(/\u00a0/g, ' ')
        .trimEnd()
    )
    .join('\n')
    .trim()

/** Cells placed on grid columns (a spanning cell covers several). */
function place(row: DocRow): { cell: DocCell; col: number; span: number }[] {
  let col = 0
  return row.cells.map(cell => {
    const at = { cell, col, span: cell.span }
    col += cell.span
    return at
  })
}

/**
 * A group row is all bold and either spans columns, has fewer cells than the table, or has only
 * its first one or two cells (number, label) filled with at least two empty cells after them.
 */
function isGroup(row: DocRow, columns: number): boolean {
  const filled = row.cells.map(c => cellText(c) !== '')
  const last = filled.lastIndexOf(true)
  const spans = row.cells.some(c => c.span > 1)
  const bold = row.cells.every(c =>
    c.paragraphs.every(p => p.runs.every(r => r.text.trim() === '' || r.bold))
  )
  const firstOnly = last <= 1 && filled.length - last - 1 >= 2
  const fewer = filled.filter(Boolean).length === 1 && row.cells.length < columns
  return last >= 0 && bold && (spans || fewer || firstOnly)
}

/** A second task column of a kind already taken (two `Thời gian` columns) is kept as custom. */
function uniqueKind(kind: ColumnKind, seen: Set<ColumnKind>): ColumnKind {
  if (kind !== 'custom' && seen.has(kind)) {
    return 'custom'
  }
  seen.add(kind)
  return kind
}

/** The `(1) (2) (3)` row that numbers the columns under the header. */
function isColumnNumbers(texts: readonly string[]): boolean {
  return (
    texts.length >= 2 &&
    texts.every((t, i) => new RegExp(`^\\(?${i + 1}\\)?$`, 'u').test(t.replace(/\s+/g, '')))
  )
}

/** How many rows the header takes: the first, plus rows its merged-down or spanning cells cover. */
function headerRows(rows: readonly DocRow[]): number {
  const first = rows[0]
  if (!first || !first.cells.some(c => c.vMerge === 'restart' || c.span > 1)) {
    return 1
  }
  let n = 1
  while (rows[n]?.cells.some(c => c.vMerge === 'continue') && n < 3) {
    n++
  }
  return n
}

/** One header row of leaf columns from a multi-row header (`Thời gian: Bắt đầu`). */
function leafHeader(rows: readonly DocRow[]): DocRow {
  const byCol = new Map<number, string[]>()
  for (const row of rows) {
    for (const at of place(row)) {
      const text = cellText(at.cell)
      if (at.cell.vMerge === 'continue' || text === '') {
        continue
      }
      for (let c = at.col; c < at.col + at.span; c++) {
        byCol.set(c, [...(byCol.get(c) ?? []), text])
      }
    }
  }
  const cols = [...byCol.keys()].sort((a, b) => a - b)
  return {
    header: true,
    cells: cols.map(c => ({
      paragraphs: [
        { kind: 'p', runs: [{ text: (byCol.get(c) ?? []).join(': '), bold: true, italic: false }] },
      ],
      span: 1,
    })),
  }
}

/** Maps a task table (header row → columns, group and task rows, numbering detected). */
export function mapTaskTable(table: DocTable, title: string, landscape: boolean): Appendix {
  const multi = headerRows(table.rows)
  const [first, ...others] = table.rows
  const head = multi > 1 ? leafHeader(table.rows.slice(0, multi)) : first
  const rest = multi > 1 ? table.rows.slice(multi) : others
  const starts = head ? place(head).map(p => p.col) : []
  const labels = head ? place(head).map(p => cellText(p.cell)) : []
  const widths = head
    ? place(head).map(p => table.grid.slice(p.col, p.col + p.span).reduce((a, b) => a + b, 0))
    : []
  // Widths are stored on the model's scale: a landscape table fills 247 mm, a portrait one 160 mm.
  const total = widths.reduce((a, b) => a + b, 0)
  const target = landscape ? 247 : 160
  const seen = new Set<ColumnKind>()
  const columns: Column[] = labels.map((label, i) => ({
    id: newId(),
    kind: uniqueKind(columnKind(label), seen),
    label,
    width: Math.max(
      1,
      Math.round((total > 0 ? ((widths[i] ?? 0) / total) * target : 30) * 10) / 10
    ),
  }))
  const hasIndex = columns[0]?.kind === 'index'
  const rows: TableRow[] = []
  const groups: GroupNumber[] = []
  const taskIndex: string[] = []
  let letters = false
  const above = new Map<number, string>()
  for (const row of rest) {
    const texts = place(row).map(p => cellText(p.cell))
    if (isColumnNumbers(texts)) {
      continue
    }
    if (row.header || (texts.length === labels.length && texts.every((t, i) => t === labels[i]))) {
      continue
    }
    if (isGroup(row, columns.length)) {
      const ownIndex = hasIndex && row.cells.length > 1
      const number = splitGroupNumber(
        ownIndex ? texts[0] : undefined,
        ownIndex ? texts.slice(1).join(' ').trim() : texts.filter(t => t !== '').join(' ')
      )
      groups.push(number)
      rows.push({ type: 'group', id: newId(), label: number.label })
      continue
    }
    const fields: Partial<Record<TaskField, string>> = {}
    const custom: Record<string, string> = {}
    let same = false
    for (const at of place(row)) {
      const column = columns[starts.indexOf(at.col)]
      if (!column) {
        continue
      }
      // A cell merged down (vMerge) repeats the value above it in every row it covers.
      const text = at.cell.vMerge === 'continue' ? (above.get(at.col) ?? '') : cellText(at.cell)
      above.set(at.col, text)
      if (
        at.cell.vMerge === 'continue' &&
        (column.kind === 'index' || column.kind === 'criterion')
      ) {
        same = true
        continue
      }
      if (column.kind === 'index') {
        if (text !== '') {
          taskIndex.push(text)
        }
      } else if (column.kind === 'custom') {
        if (text !== '') {
          custom[column.id] = text
        }
      } else if (text !== '') {
        let value = text
        if (column.kind === 'criterion') {
          const m = /^([a-zđ])\1{0,3}\)\s+/u.exec(value)
          if (m) {
            letters = true
            value = value.slice(m[0].length)
          }
        }
        fields[column.kind] = fields[column.kind] ? `${fields[column.kind]}\n${value}` : value
      }
    }
    const prev = rows[rows.length - 1]
    rows.push({
      type: 'task',
      id: newId(),
      fields,
      ...(Object.keys(custom).length > 0 ? { custom } : {}),
      ...(same && prev?.type === 'task' ? { sameCriterion: true } : {}),
    })
  }
  const numbering: TableNumbering = {
    group: groupNumbering(groups, hasIndex),
    task: taskIndex.some(t => t.includes('.')) ? 'nested' : taskIndex.length > 0 ? 'flat' : 'none',
    criterion: letters ? 'letter' : 'none',
  }
  return { type: 'appendix', id: newId(), title, columns, numbering, rows, landscape }
}

/** Whether a table's first row looks like a task-table header (any known column label). */
export function looksLikeTaskTable(table: DocTable): boolean {
  const head = table.rows[0]
  return (
    head !== undefined &&
    head.cells.length >= 2 &&
    allRuns(
      head.cells.flatMap(c => c.paragraphs.flatMap(p => p.runs)),
      'bold'
    )
  )
}
