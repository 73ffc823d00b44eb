import type { EditedPlan, HistoryAction } from './plan-history'
import { recordEdit } from './record-edit'
import { stepBack } from './step-back'
import { stepForward } from './step-forward'

/**
 * The undo history's reducer: applies an edit (recording an undo step), an undo or a redo. Returns
 * the same state object when nothing changed (an edit that changed nothing, nothing to undo), so
 * no empty undo step is made and React skips the render.
 */
export function reduceHistory(state: EditedPlan, action: HistoryAction): EditedPlan {
  switch (action.type) {
    case 'edit': {
      const plan = action.change(state.plan)
      if (plan === state.plan) {
        return state
      }
      return { plan, history: recordEdit(state.history, state.plan, action.key, action.now) }
    }
    case 'undo':
      return stepBack(state.history, state.plan) ?? state
    case 'redo':
      return stepForward(state.history, state.plan) ?? state
  }
}
