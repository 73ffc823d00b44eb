/** The undo history of a plan: a pure reducer and its steps, one per file. */
export {
  COALESCE_MS,
  EMPTY_HISTORY,
  MAX_STEPS,
  type EditedPlan,
  type HistoryAction,
  type PlanHistory,
} from './plan-history'
export { recordEdit } from './record-edit'
export { stepBack } from './step-back'
export { stepForward } from './step-forward'
export { reduceHistory } from './reduce-history'
