import type { OutlineEntry, SubtreeMove } from './outline-entry'

/** The outline after a subtree move (the editor performs the same move with Slate operations). */
export function applySubtreeMove<T extends OutlineEntry>(
  entries: readonly T[],
  move: SubtreeMove
): T[] {
  const { start, end, to, shift } = move
  const moving = entries
    .slice(start, end)
    .map(entry =>
      shift !== 0 && entry.type === 'block'
        ? { ...entry, depth: Math.max(0, entry.depth + shift) }
        : entry
    )
  const rest = [...entries.slice(0, start), ...entries.slice(end)]
  rest.splice(to > start ? to - (end - start) : to, 0, ...moving)
  return rest
}
