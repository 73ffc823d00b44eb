import { foldVietnamese } from '../text/fold'

/**
 * foldVietnamese with a per-word cache, for folding tens of thousands of clauses at once: a
 * clause corpus has a small vocabulary, and folding one word (NFD + regex) costs far more than a
 * map lookup. Splitting on ASCII whitespace is safe because folding never changes those.
 */
const cache = new Map<string, string>()
const CACHE_LIMIT = 200_000

/** foldVietnamese of one whitespace-free chunk, cached. */
export function foldWord(word: string): string {
  let folded = cache.get(word)
  if (folded === undefined) {
    if (cache.size >= CACHE_LIMIT) {
      cache.clear()
    }
    folded = foldVietnamese(word)
    cache.set(word, folded)
  }
  return folded
}

/** Same result as foldVietnamese(text), faster on repetitive text. */
export function foldCached(text: string): string {
  return text.replace(/[^ \t\n\r]+/g, foldWord)
}
