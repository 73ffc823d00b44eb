import type { Clause } from '../../shared/library/types'

/** Marks a drag as a library clause (the one definition of the drag type). */
const CLAUSE_DRAG_TYPE = 'application/x-skh-clause'

/** The clause being dragged in this window, if any. */
let dragged: Clause | undefined

/**
 * Starts dragging a clause from the library. The clause itself travels in this window's memory
 * (typed, nothing to parse); the DataTransfer carries its id so a drop can tell it is this drag,
 * and its plain text.
 */
export function startClauseDrag(data: DataTransfer, clause: Clause): void {
  dragged = clause
  data.setData(CLAUSE_DRAG_TYPE, clause.id)
  // The page (a contenteditable) accepts a drop only with text; other programs get the text too.
  data.setData('text/plain', clause.text)
  data.effectAllowed = 'copy'
}

/** The clause a drop carries, or undefined for any other drop (text, files, another window's clause). */
export function droppedClause(data: DataTransfer): Clause | undefined {
  const id = data.getData(CLAUSE_DRAG_TYPE)
  return id !== '' && dragged?.id === id ? dragged : undefined
}

/** Whether a drop is a library clause, even one this window cannot insert (so it is not pasted as text). */
export function isClauseDrop(data: DataTransfer): boolean {
  return data.types.includes(CLAUSE_DRAG_TYPE)
}

/** Ends a clause drag (dropped or cancelled). */
export function endClauseDrag(): void {
  dragged = undefined
}
