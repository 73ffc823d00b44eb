import type { Appendix } from '../types'

/**
 * The appendix with row `id` moved `delta` places, clamped to the table (Alt+Shift+↑/↓, the ↑/↓
 * row tools); the same appendix when the row cannot move, so no empty undo step is made.
 */
export function moveRow(appendix: Appendix, id: string, delta: number): Appendix {
  const rows = appendix.rows
  const from = rows.findIndex(r => r.id === id)
  const to = Math.max(0, Math.min(rows.length - 1, from + delta))
  if (from < 0 || to === from) {
    return appendix
  }
  const out = [...rows]
  const [moved] = out.splice(from, 1)
  if (moved) {
    out.splice(to, 0, moved)
  }
  return { ...appendix, rows: out }
}
