import type { Appendix, TableRow } from '../types'

/**
 * The appendix with `rows` inserted right after row `afterId` (a row's ＋, rows pasted from
 * Excel), or at the end when `afterId` is absent or unknown (+ dòng, Tab in the last cell).
 */
export function insertRows(
  appendix: Appendix,
  rows: readonly TableRow[],
  afterId?: string
): Appendix {
  const found = afterId === undefined ? -1 : appendix.rows.findIndex(r => r.id === afterId)
  const at = found < 0 ? appendix.rows.length : found + 1
  return { ...appendix, rows: [...appendix.rows.slice(0, at), ...rows, ...appendix.rows.slice(at)] }
}
