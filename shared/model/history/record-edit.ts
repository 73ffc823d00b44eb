import type { Plan } from '../types'
import { COALESCE_MS, MAX_STEPS, type PlanHistory } from './plan-history'

/**
 * The history after `previous` was replaced by an edit with `key` at time `now`: a new undo step,
 * or none when the same key was edited less than COALESCE_MS ago. Any edit clears redo.
 */
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
