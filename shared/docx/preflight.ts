import { check } from '../model/check'
import type { Finding } from '../model/finding'
import type { Plan } from '../model/types'
import { checkLayoutSettings, type LayoutSettings } from './layout-settings'

/**
 * The pre-export check: the plan rules shown while editing (`check`) plus the layout settings
 * that fall outside the decree's ranges. Errors block the export unless the clerk confirms a draft.
 */
export function preflight(plan: Plan, settings: LayoutSettings): Finding[] {
  return [...check(plan), ...checkLayoutSettings(settings)]
}
