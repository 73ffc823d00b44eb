import { foldVietnamese } from '../text/fold'
import type { ParsedQuery } from './query'
import type { MatchRange } from './types'

/** Folded text plus, for each folded UTF-16 unit, the offset of the original character. */
type FoldMap = { readonly folded: string; readonly origin: readonly number[] }

/** Folded form of each character seen (highlighting folds every character of every hit). */
const charFolds = new Map<string, string>()

function foldChar(char: string): string {
  let folded = charFolds.get(char)
  if (folded === undefined) {
    folded = foldVietnamese(char)
    if (charFolds.size < 20_000) {
      charFolds.set(char, folded)
    }
  }
  return folded
}

function foldWithMap(text: string): FoldMap {
  let folded = ''
  const origin: number[] = []
  let offset = 0
  for (const char of text) {
    const piece = foldChar(char)
    for (let k = 0; k < piece.length; k++) {
      origin.push(offset)
    }
    folded += piece
    offset += char.length
  }
  origin.push(offset)
  return { folded, origin }
}

const WORD_CHAR = /[\p{L}\p{N}]/u

function isWordChar(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHAR.test(text.charAt(index))
}

/** Original-text range of folded `[start, end)`, widened to whole characters. */
function toOriginal(map: FoldMap, text: string, start: number, end: number): MatchRange {
  const from = map.origin[start] ?? text.length
  let to = map.origin[end] ?? text.length
  // Keep a base letter and its combining marks (NFD input) together.
  while (to < text.length && /\p{M}/u.test(text.charAt(to))) {
    to++
  }
  return { start: from, end: to }
}

/**
 * Where the query's words occur in a clause text, as sorted, non-overlapping ranges of the
 * original (unfolded) text: whole words, or word starts for the last term when it is a prefix.
 */
export function matchRanges(text: string, query: ParsedQuery): MatchRange[] {
  if (query.terms.length === 0) {
    return []
  }
  const map = foldWithMap(text)
  const hay = map.folded
  const found: MatchRange[] = []
  query.terms.forEach((term, i) => {
    const prefix = i === query.terms.length - 1 && query.lastIsPrefix
    for (let at = hay.indexOf(term); at !== -1; at = hay.indexOf(term, at + 1)) {
      const end = at + term.length
      if (!isWordChar(hay, at - 1) && (prefix || !isWordChar(hay, end))) {
        found.push(toOriginal(map, text, at, end))
      }
    }
  })
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: MatchRange[] = []
  for (const range of found) {
    const last = merged[merged.length - 1]
    if (last && range.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) }
    } else {
      merged.push(range)
    }
  }
  return merged
}

/**
 * How many of the query words typed with diacritics (or đ) occur in the text exactly as typed.
 * Words typed without diacritics count for nothing, so they never favour one spelling.
 */
export function exactMatchCount(text: string, query: ParsedQuery): number {
  const lower = text.normalize('NFC').toLowerCase()
  let count = 0
  query.raw.forEach((word, i) => {
    if (word === query.terms[i]) {
      return
    }
    const prefix = i === query.raw.length - 1 && query.lastIsPrefix
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      const end = at + word.length
      if (!isWordChar(lower, at - 1) && (prefix || !isWordChar(lower, end))) {
        count++
        return
      }
    }
  })
  return count
}
