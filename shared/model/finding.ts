import type { Fix } from './check/fix'

/** How serious a finding is: an error blocks export (unless the clerk confirms a draft). */
export type Severity = 'error' | 'warning' | 'info'

/** Where in the plan a finding points: a node id and/or a named field (e.g. `header.number`). */
export type FindingLocation = {
  readonly id?: string
  readonly field?: string
}

/** One result of `check()` or the pre-export layout check, shown to the clerk. */
export type Finding = {
  readonly severity: Severity
  /** Stable machine code, e.g. `signature.signer-missing`. */
  readonly code: string
  /** Vietnamese message for the clerk. */
  readonly message: string
  /** The rule it comes from, e.g. `NĐ 30/2020, Phụ lục I, mục II.4: …`. */
  readonly rule: string
  readonly location?: FindingLocation
  /** A safe one-click fix (`applyFix`); findings of one `code` can be fixed all at once. */
  readonly fix?: Fix
}
