import type { Plan } from '../types'
import type { PlanHistory } from './plan-history'

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
