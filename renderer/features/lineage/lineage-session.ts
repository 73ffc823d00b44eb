import type { LineageChange } from '../../../shared/lineage'
import type { Plan } from '../../../shared/model/types'

/**
 * The review of a plan just made by carry-forward or derive: the source it was made from, every
 * change the transform proposed, and the changes the clerk kept (Giữ) or the places checked
 * (Đã xem). Whether a change is applied or undone is read from the plan, not kept here.
 */
export type LineageSession = {
  readonly source: Plan
  readonly changes: readonly LineageChange[]
  readonly kept: ReadonlySet<string>
}

/** A plan made by carry-forward or derive, with its review, ready to open as a new plan. */
export type MadePlan = {
  readonly plan: Plan
  readonly session: LineageSession
}
