import type { PlanUnit } from './types'

const BODY: readonly PlanUnit['area'][] = ['preamble', 'block', 'closing']

/**
 * Whether two units may be the same unit changed or moved: same area, except that body blocks
 * may change place between the preamble, the sections and the closing.
 */
export function sameGroup(a: PlanUnit, b: PlanUnit): boolean {
  const group = (u: PlanUnit) => (BODY.includes(u.area) ? 'body' : u.area)
  return group(a) === group(b)
}
