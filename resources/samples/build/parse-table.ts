import type { RawRow } from './overrides/types'
import { plainText } from './seed-text'

/**
 * Reads the tab-separated appendix table of a seed: the first tab line is the header; repeats of
 * it (page breaks) and blank lines are dropped and mark the next row as following a break.
 */
export function readTableRows(lines: readonly string[], columnCount: number): RawRow[] {
  const start = lines.findIndex(line => line.includes('\t'))
  if (start < 0) {
    return []
  }
  const header = cellsOf(lines[start] ?? '', columnCount).join('|')
  const rows: RawRow[] = []
  let afterBreak = false
  for (const line of lines.slice(start + 1)) {
    if (!line.includes('\t')) {
      afterBreak = afterBreak || line.trim() === '' || plainText(line) === ''
      continue
    }
    const cells = cellsOf(line, columnCount)
    if (cells.join('|') === header) {
      afterBreak = true
      continue
    }
    rows.push({ cells, afterBreak })
    afterBreak = false
  }
  return rows
}

/** Cleaned cells of one table line, padded or trimmed (trailing blanks only) to the column count. */
function cellsOf(line: string, columnCount: number): string[] {
  const cells = line.split('\t').map(plainText)
  while (cells.length > columnCount && cells[cells.length - 1] === '') {
    cells.pop()
  }
  while (cells.length < columnCount) {
    cells.push('')
  }
  return cells
}

/** Joins each continuation row into the row above it, cell by cell, with a space. */
export function joinContinuations(
  rows: readonly RawRow[],
  isContinuation: (row: RawRow) => boolean
): RawRow[] {
  const out: RawRow[] = []
  for (const row of rows) {
    const previous = out[out.length - 1]
    if (previous && isContinuation(row)) {
      out[out.length - 1] = {
        cells: previous.cells.map((cell, i) => joinCell(cell, row.cells[i] ?? '')),
        afterBreak: previous.afterBreak,
      }
    } else {
      out.push(row)
    }
  }
  return out
}

function joinCell(a: string, b: string): string {
  if (a === '' || b === '') {
    return a + b
  }
  return `${a} ${b}`
}

/**
 * Cell text with one line per bullet: `- a - b` and numbered sub-points `1.1. …` in one
 * extracted cell become separate lines joined by `\n`.
 */
export function cellLines(text: string): string {
  const bulleted = text.startsWith('- ') || /[:;.,]\s+-\s+[\p{Lu}\d]/u.test(text)
  let out = text
  if (bulleted) {
    out = out.replace(/\s+-\s+(?=[\p{Lu}\d])/gu, '\n- ')
  }
  out = out.replace(/\s+(?=\d+\.\d+\.\s)/g, '\n')
  return out.trim()
}
