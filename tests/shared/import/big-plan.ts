import type { Plan } from '../../../shared/model/types'

/** The plan with its sections' blocks and table rows repeated `times`, ids made unique per copy. */
export function replicate(plan: Plan, times: number): Plan {
  const copy = <T>(value: T, k: number): T =>
    JSON.parse(JSON.stringify(value).replace(/"id":"([^"]+)"/g, `"id":"$1-x${k}"`)) as T
  const ks = Array.from({ length: times }, (_v, k) => k)
  return {
    ...plan,
    sections: plan.sections.map(s => ({ ...s, children: ks.flatMap(k => copy(s.children, k)) })),
    appendices: plan.appendices.map(a => ({ ...a, rows: ks.flatMap(k => copy(a.rows, k)) })),
  }
}
