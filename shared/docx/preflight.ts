import { check } from '../model/check'
import { checkCoverage } from '../model/coverage/check-coverage'
import type { Finding } from '../model/finding'
import type { Taxonomy } from '../model/taxonomy'
import type { Plan } from '../model/types'
import { checkLayoutSettings, type LayoutSettings } from './layout-settings'

/**
 * The pre-export check: the plan rules shown while editing (`check`), the coverage of the index
 * the plan answers to (when `taxonomies` are given), plus the layout settings that fall outside
 * the decree's ranges. Errors block the export unless the clerk confirms a draft.
 */
export function preflight(
  plan: Plan,
  settings: LayoutSettings,
  taxonomies: readonly Taxonomy[] = []
): Finding[] {
  return [...check(plan), ...checkCoverage(plan, taxonomies), ...checkLayoutSettings(settings)]
}
