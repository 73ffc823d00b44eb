import { carryForward, derivePlan } from '../../../shared/lineage'
import { provenanceOf } from '../../../shared/lineage/review/provenance'
import type { Plan } from '../../../shared/model/types'
import type { LineageService } from '../../workspace/workspace'
import type { MadePlan } from './lineage-session'

/** What to make: next year's plan (or year `toYear`'s), or the implementing plan at `level`. */
export type LineageRequest =
  | { readonly kind: 'carry-forward'; readonly toYear: number }
  | { readonly kind: 'derive'; readonly level: 'huyen' | 'xa' }

/** The plan to start from, with the file it came from (if any) for its provenance. */
export type SourcePlan = { readonly plan: Plan; readonly file?: string }

/**
 * Makes the new plan from `source`: carries it forward, or derives it with the agency profile and
 * the rule data from main; the result remembers its source (provenance) and keeps its review.
 */
export async function makeLineagePlan(
  source: SourcePlan,
  request: LineageRequest,
  services: LineageService,
  now = new Date()
): Promise<MadePlan> {
  const file = source.file ? { file: source.file } : {}
  if (request.kind === 'carry-forward') {
    const result = carryForward(source.plan, { toYear: request.toYear })
    const provenance = provenanceOf(source.plan, { kind: 'carry-forward', ...file, now })
    return madePlan(source.plan, { ...result.plan, provenance }, result.changes)
  }
  const [profile, rules] = await Promise.all([
    services['profile:get'](),
    services['lineage:rules'](request.level),
  ])
  const result = derivePlan(source.plan, { level: request.level, profile, ...rules })
  const provenance = provenanceOf(source.plan, {
    kind: 'derive',
    ...file,
    level: request.level,
    now,
  })
  return madePlan(source.plan, { ...result.plan, provenance }, result.changes)
}

function madePlan(source: Plan, plan: Plan, changes: MadePlan['session']['changes']): MadePlan {
  return { plan, session: { source, changes, kept: new Set() } }
}
