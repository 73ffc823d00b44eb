import type { Plan, ToneStyle } from '../types'

/** Sets the clerk's tone-placement style (undefined: follow the style the plan uses most). */
export function setToneStyle(plan: Plan, toneStyle: ToneStyle | undefined): Plan {
  const { proofing: _old, ...rest } = plan
  return toneStyle ? { ...rest, proofing: { toneStyle } } : rest
}
