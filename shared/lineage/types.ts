import type { Block, Header, Recipient, Signature } from '../model'

/**
 * What a lineage change is about. Text changes (`year`, `level-word`, `agency`) carry a text patch;
 * the others are review flags that change nothing until the clerk edits the text.
 */
export type ChangeKind =
  | 'year'
  | 'number-date-cleared'
  | 'year-review'
  | 'basis-review'
  | 'preamble-review'
  | 'results-update'
  | 'task-overdue'
  | 'task-done'
  | 'preamble-added'
  | 'level-word'
  | 'agency'
  | 'upper-only'
  | 'profile'

/**
 * Where a change is: the key of one text slot of the plan (see text-slots.ts), e.g. `subject`,
 * `block:<id>:<run>`, `cell:<appendixId>:<rowId>:<field>`, plus a Vietnamese label for the panel.
 */
export type ChangeLocation = {
  readonly slot: string
  readonly label: string
  /** The changed span in the source slot's text, for changes on part of a text. */
  readonly start?: number
  readonly end?: number
}

/** Replace `[start, end)` of a slot's text in the SOURCE plan by `text`. */
export type TextPatch = {
  readonly type: 'text'
  readonly start: number
  readonly end: number
  readonly text: string
}

/** Replace the whole header (e.g. with số and ngày cleared, or the agency profile's). */
export type HeaderPatch = {
  readonly type: 'header'
  readonly header: Header
}

/** Replace the signature block and Nơi nhận (from the agency profile). */
export type SignaturePatch = {
  readonly type: 'signature'
  readonly signature: Signature
  readonly recipients: readonly Recipient[]
  readonly archive: string
}

/** Insert a block at the start of the preamble. */
export type PreamblePatch = {
  readonly type: 'preamble'
  readonly block: Block
}

/** Nothing to apply: the change only asks the clerk to review the place. */
export type FlagPatch = { readonly type: 'flag' }

/** How a change alters the source plan. */
export type ChangePatch = TextPatch | HeaderPatch | SignaturePatch | PreamblePatch | FlagPatch

/**
 * One change a lineage transform proposes. `before`/`after` are the changed text (equal for a
 * flag); `context` is the text around it for the review panel; `note` says why, in Vietnamese.
 */
export type LineageChange = {
  readonly id: string
  readonly kind: ChangeKind
  readonly location: ChangeLocation
  readonly before: string
  readonly after: string
  readonly context: string
  readonly note: string
  readonly patch: ChangePatch
}
