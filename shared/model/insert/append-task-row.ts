import { createAppendix } from '../table-presets'
import type { Plan, TaskRow } from '../types'

/**
 * The plan with a task row added at the end of appendix `appendixId` (the last appendix when that
 * one is absent); a plan without appendices gets a new PAPI task table holding the row.
 */
export function appendTaskRow(plan: Plan, row: TaskRow, appendixId: string | undefined): Plan {
  if (plan.appendices.length === 0) {
    return { ...plan, appendices: [{ ...createAppendix('papi-001', ''), rows: [row] }] }
  }
  const target =
    plan.appendices.find(a => a.id === appendixId) ?? plan.appendices[plan.appendices.length - 1]
  return {
    ...plan,
    appendices: plan.appendices.map(a => (a === target ? { ...a, rows: [...a.rows, row] } : a)),
  }
}
