import { newId } from '../ids'
import type { Appendix, Column } from '../types'

/** Narrowest and widest column a clerk can set, in millimetres. */
export const COLUMN_WIDTH = { min: 8, max: 200 } as const

/** Width of a column added with "+ cột", in millimetres. */
export const NEW_COLUMN_WIDTH = 25

/** The appendix with a new, empty custom column at the right (+ cột). */
export function addColumn(appendix: Appendix): Appendix {
  const column: Column = { id: newId(), kind: 'custom', label: '', width: NEW_COLUMN_WIDTH }
  return { ...appendix, columns: [...appendix.columns, column] }
}

/** The appendix without column `id` (its cells' text stays in the rows, only not shown). */
export function removeColumn(appendix: Appendix, id: string): Appendix {
  return appendix.columns.some(c => c.id === id)
    ? { ...appendix, columns: appendix.columns.filter(c => c.id !== id) }
    : appendix
}

/** The appendix with column `id` relabelled or resized; a width is kept within `COLUMN_WIDTH`. */
export function updateColumn(
  appendix: Appendix,
  id: string,
  patch: Partial<Pick<Column, 'label' | 'width'>>
): Appendix {
  const width =
    patch.width === undefined
      ? undefined
      : Math.min(
          COLUMN_WIDTH.max,
          Math.max(COLUMN_WIDTH.min, Number(patch.width) || COLUMN_WIDTH.min)
        )
  return {
    ...appendix,
    columns: appendix.columns.map(c =>
      c.id === id ? { ...c, ...patch, ...(width === undefined ? {} : { width }) } : c
    ),
  }
}
