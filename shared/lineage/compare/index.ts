/** Plan comparison: aligned units with word-level changes, and moves. */
export * from './types'
export { comparePlans, countChanges } from './compare-plans'
export { planUnits, runText } from './plan-units'
export { wordParts, similarityMeter, type Similarity } from './word-parts'
export { buildTrackedDocument, revisionAuthor } from './tracked-document'
export type { RevisionMeta } from './tracked-runs'
