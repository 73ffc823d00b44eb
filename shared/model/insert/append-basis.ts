import type { BasisLine, Plan } from '../types'

/** The plan with a căn cứ line added after the others. */
export function appendBasis(plan: Plan, line: BasisLine): Plan {
  return { ...plan, bases: [...plan.bases, line] }
}
