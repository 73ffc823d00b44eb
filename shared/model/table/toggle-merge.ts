import type { TaskRow } from '../types'

/**
 * The row merged into the criterion (and index) cell of the row above (`sameCriterion`), or
 * split from it again when it already was (the row's ⇡ tool).
 */
export function toggleMerge(row: TaskRow): TaskRow {
  const { sameCriterion: _drop, ...rest } = row
  return row.sameCriterion ? rest : { ...row, sameCriterion: true }
}
