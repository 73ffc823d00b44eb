import type { DimensionResult, Plan, PlanCoverage } from '../types'

function withCoverage(plan: Plan, change: (c: PlanCoverage) => PlanCoverage): Plan {
  const next = change(plan.coverage ?? {})
  const clean: PlanCoverage = {
    ...(next.taxonomy ? { taxonomy: next.taxonomy } : {}),
    ...(next.corrections && next.corrections.length > 0 ? { corrections: next.corrections } : {}),
    ...(next.results && next.results.length > 0 ? { results: next.results } : {}),
  }
  const { coverage: _old, ...rest } = plan
  return Object.keys(clean).length > 0 ? { ...rest, coverage: clean } : rest
}

/** Chooses the taxonomy the plan answers to (undefined: guess from the plan). */
export function setCoverageTaxonomy(plan: Plan, taxonomy: string | undefined): Plan {
  return withCoverage(plan, c => ({ ...c, taxonomy }))
}

/** The clerk tags (`covers` true) or untags a node for a code; replaces an earlier correction. */
export function setCoverageCorrection(plan: Plan, id: string, code: string, covers: boolean): Plan {
  return withCoverage(plan, c => ({
    ...c,
    corrections: [
      ...(c.corrections ?? []).filter(k => k.id !== id || k.code !== code),
      { id, code, covers },
    ],
  }))
}

/** Sets last year's result of one code; a result with no score, rank or band is removed. */
export function setDimensionResult(plan: Plan, result: DimensionResult): Plan {
  const empty = result.score === undefined && result.rank === undefined && !result.band
  return withCoverage(plan, c => ({
    ...c,
    results: [...(c.results ?? []).filter(r => r.code !== result.code), ...(empty ? [] : [result])],
  }))
}
