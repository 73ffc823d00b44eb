import type { TaskField } from '../../model'

/** Which part of a plan a compared unit is: a header field, a title, a block, a row, … */
export type UnitArea =
  | 'header'
  | 'subject'
  | 'basis'
  | 'preamble'
  | 'section-title'
  | 'block'
  | 'closing'
  | 'recipient'
  | 'signature'
  | 'appendix-title'
  | 'row'

/**
 * One comparable piece of a plan, in reading order: a header field, the trích yếu, a căn cứ line,
 * a body block's own text (its children are units of their own), a Nơi nhận line, an appendix
 * row. `key` names the node (`block:<id>`, `row:<appendixId>:<rowId>`, `subject`, …), the same
 * owner keys the lineage review uses.
 */
export type PlanUnit = {
  readonly key: string
  readonly area: UnitArea
  /** Vietnamese place name for the clerk, e.g. `Mục II, 1.2.` or `Phụ lục 1, hàng 3`. */
  readonly label: string
  readonly text: string
  /** The number printed before the text (`II.`, `1.2.`, `a)`, `-`), for items and sections. */
  readonly marker?: string
  /** A task row's cells, for a cell-by-cell view or tracked-changes export. */
  readonly cells?: Readonly<Partial<Record<TaskField, string>>>
}

/** A unit as a change points at it: the unit and its index in its plan's unit list. */
export type UnitRef = PlanUnit & { readonly index: number }

/** A word-level piece of an aligned pair: kept, added in the newer plan, or removed from the older. */
export type WordPart = {
  readonly type: 'same' | 'added' | 'removed'
  readonly text: string
}

/** A unit present in both plans with the same text. */
export type SameEntry = { readonly type: 'same'; readonly older: UnitRef; readonly newer: UnitRef }

/** A unit only in the newer plan. */
export type AddedEntry = { readonly type: 'added'; readonly newer: UnitRef }

/**
 * A unit only in the older plan. `before` is the index of the newer unit it stood before (the
 * newer plan's unit count when it stood at the end), so it can be shown in place.
 */
export type RemovedEntry = {
  readonly type: 'removed'
  readonly older: UnitRef
  readonly before: number
}

/** A unit aligned with its older self whose text changed, word by word. */
export type ChangedEntry = {
  readonly type: 'changed'
  readonly older: UnitRef
  readonly newer: UnitRef
  readonly parts: readonly WordPart[]
}

/**
 * A unit that stands elsewhere in the newer plan with the same or nearly the same text. `before`
 * is where it stood, as for a removed unit; `parts` are its word changes (all `same` if none).
 */
export type MovedEntry = {
  readonly type: 'moved'
  readonly older: UnitRef
  readonly newer: UnitRef
  readonly before: number
  readonly parts: readonly WordPart[]
}

/** One line of the aligned comparison. */
export type CompareEntry = SameEntry | AddedEntry | RemovedEntry | ChangedEntry | MovedEntry

/** A difference between the two plans: any entry but `same`, with a stable id in document order. */
export type CompareChange = Exclude<CompareEntry, SameEntry> & { readonly id: string }

/** How many changes of each type. */
export type CompareCounts = {
  readonly added: number
  readonly removed: number
  readonly changed: number
  readonly moved: number
}

/**
 * The comparison of an older and a newer plan: every entry in the newer plan's reading order
 * (removed units where they stood), the changes alone, and their counts.
 */
export type Comparison = {
  readonly entries: readonly CompareEntry[]
  readonly changes: readonly CompareChange[]
  readonly counts: CompareCounts
}
