import type { OutlineEntry, SubtreeMove } from './outline-entry'
import { subtreeEnd } from './subtree-end'

/**
 * Alt+Shift+↑/↓: the block at `index` with its sub-items swaps places with its previous (↑) or
 * next (↓) sibling and that sibling's sub-items. Undefined when there is no such sibling under the
 * same parent and heading. Moving down is expressed as the next sibling moving up before it.
 */
export function moveSubtree(
  entries: readonly OutlineEntry[],
  index: number,
  direction: -1 | 1
): SubtreeMove | undefined {
  const element = entries[index]
  if (element?.type !== 'block') {
    return undefined
  }
  const end = subtreeEnd(entries, index)
  if (direction > 0) {
    const next = entries[end]
    if (next?.type !== 'block' || next.depth !== element.depth) {
      return undefined
    }
    return { start: end, end: subtreeEnd(entries, end), to: index, shift: 0 }
  }
  for (let target = index - 1; target >= 0; target -= 1) {
    const el = entries[target]
    if (el?.type !== 'block' || el.depth < element.depth) {
      return undefined
    }
    if (el.depth === element.depth) {
      return { start: index, end, to: target, shift: 0 }
    }
  }
  return undefined
}
