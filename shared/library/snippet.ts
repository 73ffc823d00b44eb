import type { MatchRange } from './types'

/** A piece of a clause text around its first match, with the match ranges inside it. */
export type Snippet = { readonly text: string; readonly ranges: readonly MatchRange[] }

/**
 * Cuts a long text to about `width` characters around the first match (whole words, `…` at
 * the cut ends) and shifts the ranges to the cut text; short texts are returned whole.
 */
export function snippet(text: string, ranges: readonly MatchRange[], width = 200): Snippet {
  if (text.length <= width) {
    return { text, ranges }
  }
  const first = ranges[0]?.start ?? 0
  let start = Math.max(0, first - Math.floor(width / 4))
  while (start > 0 && /\S/.test(text.charAt(start - 1))) {
    start--
  }
  let end = Math.min(text.length, start + width)
  while (end < text.length && /\S/.test(text.charAt(end))) {
    end++
  }
  const head = start > 0 ? '…' : ''
  const tail = end < text.length ? '…' : ''
  const shift = head.length - start
  const inside = ranges
    .filter(range => range.start >= start && range.end <= end)
    .map(range => ({ start: range.start + shift, end: range.end + shift }))
  return { text: head + text.slice(start, end) + tail, ranges: inside }
}

/** The text with each range wrapped in `open`/`close` marks (for terminals and logs). */
export function markRanges(
  text: string,
  ranges: readonly MatchRange[],
  open = '«',
  close = '»'
): string {
  let out = ''
  let at = 0
  for (const range of ranges) {
    out += text.slice(at, range.start) + open + text.slice(range.start, range.end) + close
    at = range.end
  }
  return out + text.slice(at)
}
