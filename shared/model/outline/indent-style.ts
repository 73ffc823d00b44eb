import type { ItemStyle } from '../types'
import type { OutlineEntry } from './outline-entry'

/** A body entry's style: an unnumbered paragraph or an item style. */
export type EntryStyle = 'paragraph' | ItemStyle

/** An outline entry with its style (a block's own; headings and closings have none). */
export type StyledEntry =
  | { readonly type: 'block'; readonly depth: number; readonly style: EntryStyle }
  | Exclude<OutlineEntry, { readonly type: 'block' }>

/** The next level in when nothing above tells (1. › a) › - › +). */
const INNER: Readonly<Record<EntryStyle, EntryStyle>> = {
  paragraph: 'paragraph',
  decimal: 'letter',
  letter: 'dash',
  dash: 'plus',
  plus: 'plus',
}

/**
 * The style the block at `index` takes when Tab moves it one level in, or undefined when Tab
 * cannot (it is not a block, it is first under its heading, or already deeper than the block
 * above). It follows the items already at that level under the same parent's earlier siblings
 * (under "2.", after "1." had "1.1." items, it becomes "2.1.", not "a)"); the first item at a
 * level takes the style one step in.
 */
export function indentStyle(
  entries: readonly StyledEntry[],
  index: number
): EntryStyle | undefined {
  const element = entries[index]
  const previous = entries[index - 1]
  if (element?.type !== 'block' || previous?.type !== 'block') {
    return undefined
  }
  if (
    element.depth > previous.depth ||
    (previous.style === 'paragraph' && element.depth >= previous.depth)
  ) {
    return undefined
  }
  const depth = element.depth + 1
  for (let i = index - 1; i >= 0; i -= 1) {
    const entry = entries[i]
    if (entry?.type !== 'block' || entry.depth < element.depth) {
      break
    }
    if (entry.depth === depth && entry.style !== 'paragraph') {
      return entry.style
    }
  }
  return element.depth === previous.depth ? INNER[previous.style] : INNER[element.style]
}
