import { diffWordsWithSpace } from 'diff'
import type { WordPart } from './types'

/**
 * The word-by-word difference of two texts (jsdiff's diffWordsWithSpace, so spaces are kept exactly): the `same` and `removed` parts
 * spell `older`, the `same` and `added` parts spell `newer`.
 */
export function wordParts(older: string, newer: string): WordPart[] {
  if (older === newer) {
    return older === '' ? [] : [{ type: 'same', text: older }]
  }
  return diffWordsWithSpace(older, newer).map((c): WordPart => ({
    type: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }))
}

const WORD = /[\p{L}\p{N}]+/gu

/**
 * How alike two texts are, from 0 to 1: the Dice coefficient of their word multisets (case
 * folded). Two empty texts are alike (1).
 */
export function similarity(a: string, b: string): number {
  const left = words(a)
  const right = words(b)
  if (left.length === 0 && right.length === 0) {
    return 1
  }
  const counts = new Map<string, number>()
  for (const w of left) {
    counts.set(w, (counts.get(w) ?? 0) + 1)
  }
  let common = 0
  for (const w of right) {
    const n = counts.get(w) ?? 0
    if (n > 0) {
      common += 1
      counts.set(w, n - 1)
    }
  }
  return (2 * common) / (left.length + right.length)
}

function words(text: string): string[] {
  return text.toLocaleLowerCase('vi').match(WORD) ?? []
}
