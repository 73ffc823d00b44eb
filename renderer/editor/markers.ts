import type { BlockStyle } from './slate-types'

/** A numbering marker typed or pasted at the start of a line, and the structure it stands for. */
export type Marker = {
  readonly style: BlockStyle
  readonly nested: boolean
  readonly length: number
}

const MARKERS: readonly [RegExp, BlockStyle, boolean][] = [
  [/^\d+\.\d+\.?(?=\s)/u, 'decimal', true],
  [/^\d+[.)](?=\s)/u, 'decimal', false],
  [/^[a-zđ]\)(?=\s)/u, 'letter', false],
  [/^[-–•](?=\s)/u, 'dash', false],
  [/^\+(?=\s)/u, 'plus', false],
]

/**
 * Recognises hand-typed numbering at the start of a line (`1.`, `1.1.`, `a)`, `-`, `+`), so it
 * becomes structure instead of literal text. `length` includes the following space.
 */
export function matchMarker(line: string): Marker | undefined {
  for (const [pattern, style, nested] of MARKERS) {
    const found = pattern.exec(line)
    if (found) {
      const spaces = /^\s*/u.exec(line.slice(found[0].length))?.[0].length ?? 0
      return { style, nested, length: found[0].length + spaces }
    }
  }
  return undefined
}

/** Rank of a style in the outline (lower = outer); paragraphs have no rank. */
export function styleRank(style: BlockStyle): number {
  return ['decimal', 'letter', 'dash', 'plus'].indexOf(style)
}
