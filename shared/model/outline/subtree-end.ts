import type { OutlineEntry } from './outline-entry'

/** The end of the subtree at `index`: [index, end) is the block and the blocks nested under it. */
export function subtreeEnd(entries: readonly OutlineEntry[], index: number): number {
  const root = entries[index]
  if (root?.type !== 'block') {
    return index + 1
  }
  let end = index + 1
  for (;;) {
    const next = entries[end]
    if (next?.type !== 'block' || next.depth <= root.depth) {
      return end
    }
    end += 1
  }
}
