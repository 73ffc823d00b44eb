/** Corpus documents for appendix group rows and their number styles. */
import type { Raw } from './common'

/** Group-row cases. */
export const GROUP_ROW_CASES: Raw[] = []
