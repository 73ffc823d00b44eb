import type { Column } from '../../../shared/model/types'

/** Total table width in millimetres (the sum of the column widths). */
export function tableWidth(columns: readonly Column[]): number {
  return columns.reduce((sum, column) => sum + column.width, 0)
}
