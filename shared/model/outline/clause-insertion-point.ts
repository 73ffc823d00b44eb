import type { OutlineEntry } from './outline-entry'
import { subtreeEnd } from './subtree-end'

/**
 * Where inserted blocks go: before entry `at`, their top level at `depth`. With `replace`, the
 * entry at `at` is the caret's empty block, which the inserted blocks take the place of.
 */
export type InsertionPoint = {
  readonly at: number
  readonly depth: number
  readonly replace?: true
}

/**
 * Where a library clause goes in the body: with the caret in an empty block without sub-items,
 * in that block's place (the clause fills it); otherwise after the caret's block and its
 * sub-items, at the caret's level; right under a section heading at its top level; without a
 * caret (undefined), at the end of the section before Tổ chức thực hiện (or at the very end).
 * `isEmpty` tells whether an entry has no text.
 */
export function clauseInsertionPoint<E extends OutlineEntry & { readonly role?: string }>(
  entries: readonly E[],
  caret: number | undefined,
  isEmpty: (entry: E) => boolean = () => false
): InsertionPoint {
  const top = caret === undefined ? undefined : entries[caret]
  if (caret !== undefined && top?.type === 'block') {
    const end = subtreeEnd(entries, caret)
    if (end === caret + 1 && isEmpty(top)) {
      return { at: caret, depth: top.depth, replace: true }
    }
    return { at: end, depth: top.depth }
  }
  if (caret !== undefined && top?.type === 'section') {
    return { at: caret + 1, depth: 0 }
  }
  const organisation = entries.findIndex(e => e.type === 'section' && e.role === 'organization')
  return { at: organisation >= 0 ? organisation : entries.length, depth: 0 }
}
