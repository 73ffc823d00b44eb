import { useCallback, useEffect, useRef } from 'react'
import type { TableRow } from '../../../../shared/model/types'

/**
 * Puts the caret in a row's cell once that row is rendered (a row just added, or moved): the edit
 * goes through the plan first, so the row exists only after the next render.
 */
export function useFocusCell(rows: readonly TableRow[]) {
  const pending = useRef<{ id: string; cell: number } | undefined>(undefined)
  useEffect(() => {
    const next = pending.current
    if (next && rows.some(r => r.id === next.id)) {
      pending.current = undefined
      const cells = document.querySelectorAll<HTMLTextAreaElement>(
        `tr[data-row-id="${CSS.escape(next.id)}"] textarea`
      )
      cells[Math.min(next.cell, cells.length - 1)]?.focus()
    }
  }, [rows])
  const focusCell = useCallback((id: string, cell: number) => {
    pending.current = { id, cell }
  }, [])
  const focusRow = useCallback((id: string) => focusCell(id, 0), [focusCell])
  return { focusCell, focusRow }
}
