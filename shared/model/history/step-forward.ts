import type { Plan } from '../types'
import type { PlanHistory } from './plan-history'

/** Steps forward again after an undo, or undefined when there is nothing to redo. */
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
