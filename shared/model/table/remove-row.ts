import type { Appendix } from '../types'

/** The appendix without row `id`; the same appendix when there is no such row. */
export function removeRow(appendix: Appendix, id: string): Appendix {
  return appendix.rows.some(r => r.id === id)
    ? { ...appendix, rows: appendix.rows.filter(r => r.id !== id) }
    : appendix
}
