import type { Appendix, TableRow } from '../types'

/** The appendix with row `id` replaced by `change(row)`; the same appendix if nothing changes. */
export function updateRow(
  appendix: Appendix,
  id: string,
  change: (row: TableRow) => TableRow
): Appendix {
  let changed = false
  const rows = appendix.rows.map(r => {
    if (r.id !== id) {
      return r
    }
    const next = change(r)
    changed ||= next !== r
    return next
  })
  return changed ? { ...appendix, rows } : appendix
}
