import type { Appendix, Column } from '../../../shared/model/types'

/**
 * Row id → rowSpan of its merged criterion and index cells: `n ≥ 1` for the first row of a
 * criterion (covering the `sameCriterion` rows below it), `0` for a row merged into the one above.
 * A `sameCriterion` row right after a group row (or first) starts its own run.
 */
export function criterionSpans(appendix: Appendix): ReadonlyMap<string, number> {
  const spans = new Map<string, number>()
  let leader: string | undefined
  for (const row of appendix.rows) {
    if (row.type === 'group') {
      leader = undefined
      continue
    }
    if (row.sameCriterion && leader !== undefined) {
      spans.set(row.id, 0)
      spans.set(leader, (spans.get(leader) ?? 1) + 1)
      continue
    }
    leader = row.id
    spans.set(row.id, 1)
  }
  return spans
}

/** Whether a column's cell is merged down over `sameCriterion` rows. */
export function isMergedColumn(column: Column): boolean {
  return column.kind === 'index' || column.kind === 'criterion'
}

/** Total table width in millimetres (the sum of the column widths). */
export function tableWidth(columns: readonly Column[]): number {
  return columns.reduce((sum, column) => sum + column.width, 0)
}
