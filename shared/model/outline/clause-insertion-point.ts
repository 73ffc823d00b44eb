import type { OutlineEntry } from './outline-entry'
import { subtreeEnd } from './subtree-end'

/** Where inserted blocks go: before entry `at`, their top level at `depth`. */
export type InsertionPoint = { readonly at: number; readonly depth: number }

/**
 * Where a library clause goes in the body: after the caret's block and its sub-items, at the
 * caret's level; right under a section heading at its top level; without a caret (undefined),
 * at the end of the section before Tổ chức thực hiện (or at the very end).
 */
export function clauseInsertionPoint(
  entries: readonly (OutlineEntry & { readonly role?: string })[],
  caret: number | undefined
): InsertionPoint {
  const top = caret === undefined ? undefined : entries[caret]
  if (caret !== undefined && top?.type === 'block') {
    return { at: subtreeEnd(entries, caret), depth: top.depth }
  }
  if (caret !== undefined && top?.type === 'section') {
    return { at: caret + 1, depth: 0 }
  }
  const organisation = entries.findIndex(e => e.type === 'section' && e.role === 'organization')
  return { at: organisation >= 0 ? organisation : entries.length, depth: 0 }
}
