import { diffWordsWithSpace } from 'diff'
import type { WordPart } from './types'

/**
 * The word-by-word difference of two texts (jsdiff's diffWordsWithSpace, so spaces are kept
 * exactly): the `same` and `removed` parts spell `older`, the `same` and `added` parts spell
 * `newer`. Words replaced one after another read as one replaced phrase (`Cụ thể` → `Chi tiết`).
 */
export function wordParts(older: string, newer: string): WordPart[] {
  if (older === newer) {
    return older === '' ? [] : [{ type: 'same', text: older }]
  }
  const parts = diffWordsWithSpace(older, newer).map((c): WordPart => ({
    type: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }))
  return joinReplacements(parts)
}

/**
 * Joins a run of removed and added words with only spaces kept between them into one removed
 * and one added phrase; a run that only adds or only removes stays as it is.
 */
function joinReplacements(parts: readonly WordPart[]): WordPart[] {
  const out: WordPart[] = []
  let i = 0
  while (i < parts.length) {
    if (parts[i]!.type === 'same') {
      out.push(parts[i]!)
      i += 1
      continue
    }
    let j = i
    let removed = ''
    let added = ''
    for (; j < parts.length; j += 1) {
      const part = parts[j]!
      const bridge = /^\s+$/u.test(part.text) && (parts[j + 1]?.type ?? 'same') !== 'same'
      if (part.type === 'same' && !bridge) {
        break
      }
      removed += part.type === 'added' ? '' : part.text
      added += part.type === 'removed' ? '' : part.text
    }
    const run = parts.slice(i, j)
    const replaces = run.some(p => p.type === 'removed') && run.some(p => p.type === 'added')
    out.push(
      ...(replaces
        ? [
            { type: 'removed' as const, text: removed },
            { type: 'added' as const, text: added },
          ]
        : run)
    )
    i = j
  }
  return out
}

const WORD = /[\p{L}\p{N}]+/gu

/** How alike two texts are, from 0 to 1 (see similarityMeter). */
export type Similarity = (a: string, b: string, atLeast?: number) => number

/**
 * A meter of how alike two texts are, from 0 to 1: the Dice coefficient of their word multisets
 * (case folded); two empty texts are alike (1). Each text's words are sorted once and kept for
 * the comparison's life; a pair that cannot reach `atLeast` by length alone measures 0.
 */
export function similarityMeter(): Similarity {
  const cache = new Map<string, readonly string[]>()
  const wordsOf = (text: string) => {
    let list = cache.get(text)
    if (list === undefined) {
      list = (text.toLocaleLowerCase('vi').match(WORD) ?? []).sort()
      cache.set(text, list)
    }
    return list
  }
  return (a, b, atLeast = 0) => {
    const left = wordsOf(a)
    const right = wordsOf(b)
    const total = left.length + right.length
    if (total === 0) {
      return 1
    }
    if ((2 * Math.min(left.length, right.length)) / total < atLeast) {
      return 0
    }
    let common = 0
    for (let i = 0, j = 0; i < left.length && j < right.length;) {
      const order = left[i]! < right[j]! ? -1 : left[i]! > right[j]! ? 1 : 0
      common += order === 0 ? 1 : 0
      i += order <= 0 ? 1 : 0
      j += order >= 0 ? 1 : 0
    }
    return (2 * common) / total
  }
}
