/** Which part of the plan an inference concerns. */
export type InferencePart =
  'header' | 'subject' | 'sections' | 'recipients' | 'signature' | 'appendix'

/** What Word construct a part was read from. */
export type InferenceSource =
  | 'table'
  | 'nested-table'
  | 'text-box'
  | 'tabs'
  | 'paragraphs'
  | 'content-control'
  | 'line-breaks'
  | 'agency'
  | 'heading-style'
  | 'typed-marker'
  | 'multi-row-header'
  | 'column-numbers'
  | 'same-paragraph'

/**
 * One thing the import inferred, and from what (e.g. the header from text boxes). `uncertain`
 * marks a guess the clerk should check; the review UI lists these first.
 */
export type Inference = {
  readonly part: InferencePart
  readonly source: InferenceSource
  /** Vietnamese sentence for the clerk, e.g. `Tiêu đề lấy từ bảng đầu trang.` */
  readonly message: string
  readonly uncertain?: boolean
}

/** What an import did, for the clerk: counts and everything that could not be placed exactly. */
export type ImportReport = {
  readonly sections: number
  readonly items: number
  readonly appendices: number
  readonly footnotes: number
  /** Runs converted from TCVN3 or VNI fonts. */
  readonly legacyRuns: number
  /** Vietnamese notes on text kept as plain paragraphs or parts filled with defaults. */
  readonly notes: readonly string[]
  /** What was inferred and from which Word construct, uncertain guesses marked. */
  readonly inferred: readonly Inference[]
}
