/** The clause library's main-process surface. */
export { openLibrary, libraryPaths, LIBRARY_FILE, type LibraryOpenResult } from './open-library'
export type { Library, SamplePlan, LibraryPaths } from './library'
export type { ClausePatch } from './clause-store'
export type { ImportSummary } from './exchange'
export { loadSamplePlans } from './sample-plans'
