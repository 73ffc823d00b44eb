/** The plan model's public surface: types plus pure functions, grouped per concept. */
export * from './types'
export { newId } from './ids'
export { createPlan, DEFAULT_SECTION_TITLES, type PlanDefaults } from './create-plan'
export {
  numberPlan,
  sectionLabel,
  appendixHeading,
  numberTableRows,
  criterionLetters,
  groupRowText,
  type Numbering,
} from './numbering'
export { TABLE_PRESETS, presetColumns, createAppendix, type TablePresetName } from './table-presets'
export { allowedChildStyles, childParentKind, type ParentKind } from './outline-rules'
export { toRoman, toPointLetter, POINT_LETTERS } from './labels'
export { restorePlanFile, restorePlan, type RestoreResult, type Repair } from './restore'
export { serialisePlan } from './serialise'
export { check } from './check'
export type { Finding, Severity, FindingLocation } from './finding'
export { isPossibleDate, daysInMonth } from './date-rules'
