/**
 * The clause library (thư viện điều khoản): reusable pieces of text harvested from plans.
 *
 * A clause is one paragraph, outline item (with its subtree), task row, recipient line, căn cứ
 * line or section heading, kept with the tags and section role it sat under and where it came
 * from. Near-duplicates (same text apart from years, dates, numbers, agency or place names)
 * share a `dupKey` and are shown as one search result with a count.
 */
import type { AgencyLevel, BasisLine, Block, SectionRole, TaskRow } from '../model/types'

/** What kind of plan piece a clause is. */
export type ClauseKind =
  'paragraph' | 'item' | 'task-row' | 'recipient' | 'basis' | 'section-heading'

/** Every clause kind, in display order. */
export const CLAUSE_KINDS: readonly ClauseKind[] = [
  'paragraph',
  'item',
  'task-row',
  'recipient',
  'basis',
  'section-heading',
]

/** The model JSON a clause inserts back into a plan, per kind. */
export type ClauseFragment =
  | { readonly kind: 'paragraph' | 'item'; readonly block: Block }
  | { readonly kind: 'task-row'; readonly row: TaskRow }
  | { readonly kind: 'basis'; readonly line: BasisLine }
  | { readonly kind: 'recipient' | 'section-heading'; readonly text: string }

/** `approved` clauses were checked by a person; `harvested` ones came straight from a plan. */
export type ClauseStatus = 'approved' | 'harvested'

/** Taxonomy tags and the body section a clause sat under. */
export type ClauseTags = {
  readonly papi?: string
  readonly cchc?: string
  readonly section?: SectionRole
}

/** Where a clause was harvested from. */
export type ClauseSource = {
  readonly title?: string
  readonly issuer?: string
  readonly level?: AgencyLevel
  readonly year?: number
  readonly file?: string
}

/** A clause not yet stored: what `harvestPlan` produces and `add`/`bulkInsert` accept. */
export type ClauseDraft = {
  readonly kind: ClauseKind
  readonly fragment: ClauseFragment
  /** Plain text (NFC) used for search and display. */
  readonly text: string
  readonly tags: ClauseTags
  readonly source: ClauseSource
  readonly status?: ClauseStatus
}

/** What an edit of a stored clause may change; its text always follows the fragment. */
export type ClausePatch = {
  readonly fragment?: ClauseFragment
  readonly tags?: ClauseTags
  readonly status?: ClauseStatus
}

/** A stored clause. Times are ISO-8601 strings. */
export type Clause = ClauseDraft & {
  readonly id: string
  readonly status: ClauseStatus
  readonly folded: string
  readonly dupKey: string
  readonly createdAt: string
  readonly updatedAt: string
  readonly useCount: number
  readonly lastUsed?: string
}

/** Search filters; every given field must match. */
export type SearchFilters = {
  readonly kind?: ClauseKind
  readonly papi?: string
  readonly cchc?: string
  readonly section?: SectionRole
  readonly level?: AgencyLevel
  readonly year?: number
  readonly status?: ClauseStatus
  /** Substring of the source title, issuer or file. */
  readonly source?: string
}

/** Search options. */
export type SearchOptions = {
  readonly limit?: number
  readonly filters?: SearchFilters
}

/** A half-open range `[start, end)` of UTF-16 offsets in a clause's original text. */
export type MatchRange = { readonly start: number; readonly end: number }

/** One search result: a representative clause of a near-duplicate group. */
export type SearchHit = {
  readonly clause: Clause
  /** How many clauses (matching the filters) share this clause's near-duplicate key. */
  readonly count: number
  /** Distinct source years in the group, ascending. */
  readonly years: readonly number[]
  /** Where the query words match in `clause.text`. */
  readonly ranges: readonly MatchRange[]
  /** About 200 characters of `clause.text` around the first match, with its own ranges. */
  readonly snippet: { readonly text: string; readonly ranges: readonly MatchRange[] }
  /** Lower is better. */
  readonly score: number
}
