import type { Plan } from '../types'

/** Consecutive edits with the same key within this time form one undo step (typing a word). */
export const COALESCE_MS = 1000

/** The oldest undo steps beyond this many are forgotten. */
export const MAX_STEPS = 500

/** Undo/redo over whole plans: one history for the body, the header fields and the tables alike. */
export type PlanHistory = {
  readonly undo: readonly Plan[]
  readonly redo: readonly Plan[]
  /** Key and time of the last edit, for coalescing quick edits of one field. */
  readonly lastKey?: string
  readonly lastAt: number
}

/** An empty history. */
export const EMPTY_HISTORY: PlanHistory = { undo: [], redo: [], lastAt: 0 }

/** A plan with its undo history: the state the history reducer works on. */
export type EditedPlan = { readonly plan: Plan; readonly history: PlanHistory }

/** What can happen to an edited plan. */
export type HistoryAction =
  /** An edit: `change` maps the plan; `key` and `now` decide whether it joins the last undo step. */
  | {
      readonly type: 'edit'
      readonly change: (plan: Plan) => Plan
      readonly key: string
      readonly now: number
    }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
