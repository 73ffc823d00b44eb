import type { Finding } from '../finding'
import type { Taxonomy } from '../taxonomy'
import type { DimensionResult, Plan } from '../types'
import { computeCoverage } from './compute-coverage'
import { planTaxonomy } from './plan-taxonomy'

const RULE = 'Bao phủ chỉ số: nội dung có kết quả năm trước thấp phải có nhiệm vụ khắc phục'

/**
 * Whether last year's result marks an entry as weak: the band "thấp", or — when the clerk gave
 * scores for four entries or more and no band — a score in the lowest quarter of those scores.
 */
export function isWeak(
  result: DimensionResult | undefined,
  all: readonly DimensionResult[]
): boolean {
  if (!result) {
    return false
  }
  if (result.band) {
    return result.band === 'low'
  }
  const scores = all
    .flatMap(r => (r.score !== undefined && !r.band ? [r.score] : []))
    .sort((a, b) => a - b)
  if (result.score === undefined || scores.length < 4) {
    return false
  }
  return result.score <= (scores[Math.floor(scores.length / 4) - 1] ?? -Infinity)
}

/**
 * Coverage findings: a warning for each weak dimension or sub-criterion (see `isWeak`) that no
 * body item or appendix row addresses. Needs the plan's taxonomy; shown live and in the export check.
 */
export function checkCoverage(plan: Plan, taxonomies: readonly Taxonomy[]): Finding[] {
  const results = plan.coverage?.results ?? []
  const taxonomy = results.length > 0 ? planTaxonomy(plan, taxonomies) : undefined
  if (!taxonomy) {
    return []
  }
  return computeCoverage(plan, taxonomy)
    .filter(
      e =>
        e.hits.length === 0 &&
        isWeak(
          results.find(r => r.code === e.code),
          results
        )
    )
    .map(e => ({
      severity: 'warning' as const,
      code: 'coverage.weak-without-task',
      message: `“${e.code} ${e.name}” có kết quả năm trước thấp nhưng kế hoạch chưa có nhiệm vụ nào cho nội dung này.`,
      rule: `${RULE} (${taxonomy.name})`,
      location: { field: 'coverage' },
    }))
}
