import type { OutlineEntry, SubtreeMove } from './outline-entry'
import { subtreeEnd } from './subtree-end'

/**
 * Dragging in the outline: the block at `index` with its sub-items goes before the block at
 * `target`, taking that block's level (sub-items keep theirs relative to it). Undefined when either
 * is not a body block, or `target` lies inside the moved subtree or right after it.
 */
export function moveSubtreeBefore(
  entries: readonly OutlineEntry[],
  index: number,
  target: number
): SubtreeMove | undefined {
  const element = entries[index]
  const destination = entries[target]
  if (element?.type !== 'block' || destination?.type !== 'block') {
    return undefined
  }
  const end = subtreeEnd(entries, index)
  if (target >= index && target <= end) {
    return undefined
  }
  return { start: index, end, to: target, shift: destination.depth - element.depth }
}
