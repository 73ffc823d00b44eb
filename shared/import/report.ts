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
}
