/** Corpus cases converted to .doc and .pdf by make-fixtures.ts (committed in fixtures/). */
export const LEGACY_CASES = [
  'header-2-col-table',
  'header-3-col-table-huyen',
  'typed-markers-dash-forms',
  'soft-line-breaks',
  'appendix-merged-multi-row-header',
  'two-appendices-after-signature',
] as const
