/** Deeper than any real plan (sections, tables, cells, runs) by a wide margin. */
export const MAX_NESTING = 100

/**
 * Whether `value` nests arrays and objects deeper than `max` levels. Iterative, so a hostile
 * 20,000-level value is refused instead of overflowing the stack in the recursive restore.
 */
export function exceedsDepth(value: unknown, max: number = MAX_NESTING): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top
    if (typeof node !== 'object' || node === null) {
      continue
    }
    if (depth >= max) {
      return true
    }
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null) {
        stack.push([child, depth + 1])
      }
    }
  }
  return false
}
