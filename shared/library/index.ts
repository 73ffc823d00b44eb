/** The clause library's pure surface: types, harvest, near-duplicate keys, queries, exchange files. */
export * from './types'
export { harvestPlan, planSource } from './harvest-plan'
export { fragmentText, blockText, taskRowText } from './fragment-text'
export { dupKey } from './dup-key'
export { parseQuery, ftsMatchExpression, type ParsedQuery } from './query'
export { matchRanges, exactMatchCount } from './highlight'
export * from './exchange-format'
export { snippet, markRanges, type Snippet } from './snippet'
