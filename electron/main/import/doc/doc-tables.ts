import type { DocCell, DocParagraph, DocRow, DocTable } from '../../../../shared/import/doc-types'
import type { RowDef } from './props'

/** A row as read from the text: its cells' paragraphs and its definition, if the file had one. */
export type RawRow = {
  readonly cells: readonly (readonly DocParagraph[])[]
  readonly def?: RowDef
  readonly header: boolean
}

/**
 * Builds a table from its rows: the grid is the union of every row's cell edges (as Word's own
 * grid), each cell spans the grid columns between its edges, horizontally merged cells fold into
 * the cell before them and vertical merge flags are kept. A row whose definition does not match
 * its cells gets one grid column per cell.
 */
export function buildTable(rows: readonly RawRow[]): DocTable {
  const edges = [...new Set(rows.flatMap(r => (fits(r) ? (r.def?.edges ?? []) : [])))].sort(
    (a, b) => a - b
  )
  const widest = Math.max(1, ...rows.map(r => r.cells.length))
  const grid =
    edges.length >= 2
      ? edges.slice(1).map((x, i) => x - (edges[i] as number))
      : Array.from({ length: widest }, () => Math.round(9000 / widest))
  return { kind: 'table', grid, rows: rows.map(r => buildRow(r, edges)) }
}

const fits = (r: RawRow): boolean =>
  r.def !== undefined && r.def.cells.length === r.cells.length && r.def.edges.length >= 2

function buildRow(r: RawRow, edges: readonly number[]): DocRow {
  const def = r.def
  if (!def || !fits(r) || edges.length < 2) {
    return { cells: r.cells.map(paragraphs => ({ paragraphs, span: 1 })), header: r.header }
  }
  const cells: DocCell[] = []
  r.cells.forEach((paragraphs, i) => {
    const flags = def.cells[i]
    const span = columnsBetween(edges, def.edges[i] as number, def.edges[i + 1] as number)
    const prev = cells[cells.length - 1]
    if (flags?.hMerged && prev) {
      cells[cells.length - 1] = {
        ...prev,
        span: prev.span + span,
        paragraphs: [...prev.paragraphs, ...paragraphs],
      }
      return
    }
    cells.push({ paragraphs, span, ...(flags?.vMerge ? { vMerge: flags.vMerge } : {}) })
  })
  return { cells, header: r.header }
}

function columnsBetween(edges: readonly number[], left: number, right: number): number {
  return Math.max(1, edges.filter(x => x > left && x <= right).length)
}
