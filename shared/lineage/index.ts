/** Plan lineage: carry a plan forward, derive the implementing plan, review changes. */
export * from './types'
export {
  carryForward,
  planYear,
  type CarryForwardOptions,
  type CarryForwardResult,
} from './carry-forward'
export { applyChanges, undoChange } from './apply-changes'
export { listSlots, mapPlanText, type TextSlot, type SlotArea } from './text-slots'
export { scanYears, type YearToken, type YearRole } from './year-scan'
export { derivePlan, type DeriveOptions, type DeriveResult } from './derive-plan'
export {
  phraseMatcher,
  type PhraseRule,
  type LevelWordRules,
  type PhraseMatch,
} from './phrase-rules'
