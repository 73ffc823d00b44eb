/**
 * Plan comparison: aligned units with word-level changes, and moves. The tracked-changes Word file
 * (`tracked-document.ts`) is imported from its own file, so the renderer never bundles `docx`.
 */
export * from './types'
export { comparePlans, countChanges } from './compare-plans'
export { planUnits, runText } from './plan-units'
export { wordParts, similarityMeter, type Similarity } from './word-parts'
