import { agencyLevel } from '../model/agency-level'
import type { Plan } from '../model/types'
import type { ReuseContext } from '../text/reuse-hints'
import type { ClauseSource } from './types'

/**
 * Where a library clause comes from and where it goes, for the reuse hints: years from the
 * source and the plan date, levels from the source and the plan header — each derived from the
 * agency name when not stored, so a plan of "UBND XÃ TÂN LẬP" made before its profile has a
 * level still gets "huyện → xã" hints for a clause from a district plan.
 */
export function reuseContext(source: ClauseSource, plan: Plan): ReuseContext {
  const sourceLevel =
    source.level ??
    (source.issuer
      ? agencyLevel({ agency: [source.issuer], agencyAbbr: '', place: '', date: {} })
      : undefined)
  const targetLevel = agencyLevel(plan.header)
  const targetYear = plan.header.date.year
  return {
    ...(source.year !== undefined ? { sourceYear: source.year } : {}),
    ...(targetYear !== undefined ? { targetYear } : {}),
    ...(sourceLevel ? { sourceLevel } : {}),
    ...(targetLevel ? { targetLevel } : {}),
  }
}
