/**
 * The body as the editor holds it: a FLAT list of top-level entries where nesting is a block's
 * `depth` (0 = directly under its section heading). Section headings and closing paragraphs carry
 * no depth and end every subtree. The editor's Slate elements are outline entries as they are.
 */
export type OutlineEntry =
  { readonly type: 'block'; readonly depth: number } | { readonly type: 'section' | 'closing' }

/**
 * A subtree move: the entries [start, end) go before the entry now at `to` (`to` outside
 * [start, end]), their depths shifted by `shift` (never below 0).
 */
export type SubtreeMove = {
  readonly start: number
  readonly end: number
  readonly to: number
  readonly shift: number
}
