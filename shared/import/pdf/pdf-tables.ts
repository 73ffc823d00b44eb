import type { DocCell, DocParagraph, DocRun, DocTable } from '../doc-types'
import { joinRuns } from './pdf-runs'
import type { PdfLine, Segment } from './pdf-types'

const para = (runs: readonly DocRun[]): DocParagraph => ({ kind: 'p', runs })

const LOWER_START = /^\p{Ll}/u

/** Lines of one column as paragraphs: a line starting in lower case continues the one above. */
function columnParagraphs(lines: readonly Segment[]): DocParagraph[] {
  const out: DocRun[][] = []
  for (const s of lines) {
    const last = out.length - 1
    if (last >= 0 && LOWER_START.test(s.text)) {
      out[last] = joinRuns(out[last] as DocRun[], s.runs)
    } else {
      out.push([...s.runs])
    }
  }
  return out.map(para)
}

/**
 * A two-column block (the header: agency | Quốc hiệu, or the sign-off: Nơi nhận | signature) as
 * a one-row table of two cells, each line of a column a paragraph of its cell.
 */
export function twoColumnTable(lines: readonly PdfLine[], mid: number): DocTable {
  const left: Segment[] = []
  const right: Segment[] = []
  for (const l of lines) {
    l.segments.forEach((s, k) => {
      const alone = l.segments.length === 1
      ;((alone ? s.x0 <= 0.9 * mid : k === 0) ? left : right).push(s)
    })
  }
  return {
    kind: 'table',
    grid: [4500, 4500],
    rows: [
      {
        cells: [
          { paragraphs: columnParagraphs(left), span: 1 },
          { paragraphs: columnParagraphs(right), span: 1 },
        ],
        header: false,
      },
    ],
  }
}

/** Column boundaries of a ruled table: midway between the segments of its widest early line. */
export type Columns = { readonly anchor: readonly Segment[]; readonly bounds: readonly number[] }

/** The columns of a table of `lines`: the first line with the most segments sets them. */
export function tableColumns(lines: readonly PdfLine[]): Columns {
  const anchor = lines.reduce((a, b) => (b.segments.length > a.segments.length ? b : a)).segments
  return { anchor, bounds: anchor.slice(1).map((s, k) => ((anchor[k] as Segment).x1 + s.x0) / 2) }
}

/** The column a segment starts in (a centred cell starts inside its column too). */
export function columnOf(cols: Columns, s: Segment): number {
  const k = cols.bounds.findIndex(b => s.x0 + 1 < b)
  return k < 0 ? cols.bounds.length : k
}

/**
 * A ruled table (an appendix task table) from lines of several columns: a line with text in the
 * first column starts a row, any other line continues the cells of the row above (wrapped text).
 */
export function gridTable(lines: readonly PdfLine[], cols: Columns): DocTable {
  const rows: DocRun[][][] = []
  for (const l of lines) {
    const cells = l.segments.map(s => [columnOf(cols, s), s] as const)
    let row = rows[rows.length - 1]
    if (!row || cells.some(([c]) => c === 0)) {
      row = cols.anchor.map(() => [])
      rows.push(row)
    }
    for (const [c, s] of cells) {
      row[c] = joinRuns(row[c] as DocRun[], s.runs)
    }
  }
  const { anchor, bounds } = cols
  const edges = [anchor[0]?.x0 ?? 0, ...bounds, anchor[anchor.length - 1]?.x1 ?? 0]
  return {
    kind: 'table',
    grid: edges.slice(1).map((x, k) => Math.max(1, Math.round((x - (edges[k] as number)) * 20))),
    rows: rows.map(r => ({ cells: rowCells(r), header: false })),
  }
}

/**
 * The cells of a row; a bold row with text only in its first two columns (`I | CẢI CÁCH THỂ
 * CHẾ`) is a group row, drawn in Word as one cell merged across the rest: it gets that span.
 */
function rowCells(r: readonly DocRun[][]): DocCell[] {
  const cells = r.map(runs => ({ paragraphs: runs.length === 0 ? [] : [para(runs)], span: 1 }))
  const filled = r.map(runs => runs.length > 0)
  const bold = r.every(runs => runs.every(x => x.bold || x.text.trim() === ''))
  if (r.length > 2 && bold && filled[1] && filled.slice(2).every(f => !f)) {
    return [cells[0] as DocCell, { ...(cells[1] as DocCell), span: r.length - 1 }]
  }
  return cells
}
