import type { Plan } from '../../shared/model/types'

/** Consecutive edits with the same key within this time form one undo step (typing a word). */
const COALESCE_MS = 1000
const MAX_STEPS = 500

/** Undo/redo over whole plans: one history for the body, the header fields and the tables alike. */
export type PlanHistory = {
  readonly undo: readonly Plan[]
  readonly redo: readonly Plan[]
  readonly lastKey?: string
  readonly lastAt: number
}

/** An empty history. */
export const EMPTY_HISTORY: PlanHistory = { undo: [], redo: [], lastAt: 0 }

/** Records that `previous` was replaced by an edit with `key` at time `now`. */
export function recordEdit(
  history: PlanHistory,
  previous: Plan,
  key: string,
  now: number
): PlanHistory {
  const coalesce =
    key === history.lastKey && now - history.lastAt < COALESCE_MS && history.undo.length > 0
  return {
    undo: coalesce ? history.undo : [...history.undo, previous].slice(-MAX_STEPS),
    redo: [],
    lastKey: key,
    lastAt: now,
  }
}

/** Steps back: the plan to show and the new history, or undefined when there is nothing to undo. */
export function stepBack(
  history: PlanHistory,
  current: Plan
): { plan: Plan; history: PlanHistory } | undefined {
  const plan = history.undo[history.undo.length - 1]
  if (!plan) {
    return undefined
  }
  return {
    plan,
    history: { undo: history.undo.slice(0, -1), redo: [...history.redo, current], lastAt: 0 },
  }
}

/** Steps forward again after an undo. */
export function stepForward(
  history: PlanHistory,
  current: Plan
): { plan: Plan; history: PlanHistory } | undefined {
  const plan = history.redo[history.redo.length - 1]
  if (!plan) {
    return undefined
  }
  return {
    plan,
    history: { undo: [...history.undo, current], redo: history.redo.slice(0, -1), lastAt: 0 },
  }
}
