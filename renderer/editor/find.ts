import { Node, Text, type Descendant, type Range } from 'slate'
import { foldVietnamese } from '../../shared/text/fold'

/** How to compare text when finding: always case-insensitive; optionally ignoring diacritics. */
export type FindOptions = { readonly ignoreDiacritics: boolean }

/** Lowercases, and folds diacritics (ệ → e, đ → d) when asked, keeping a map back to the original offsets. */
function normalise(text: string, options: FindOptions): { text: string; offsets: number[] } {
  let out = ''
  const offsets: number[] = []
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!
    const folded = options.ignoreDiacritics ? foldVietnamese(ch) : ch.toLowerCase()
    for (const piece of folded) {
      out += piece
      offsets.push(i)
    }
  }
  offsets.push(text.length)
  return { text: out, offsets }
}

/** Every match of `query` in the body's text leaves, in document order (a match stays within one leaf). */
export function findMatches(
  children: readonly Descendant[],
  query: string,
  options: FindOptions
): Range[] {
  const needle = normalise(query.normalize('NFC'), options).text
  if (needle.trim() === '') {
    return []
  }
  const root = { children } as unknown as Node
  const out: Range[] = []
  for (const [node, path] of Node.descendants(root)) {
    if (!Text.isText(node) || node.text === '') {
      continue
    }
    const hay = normalise(node.text, options)
    let at = hay.text.indexOf(needle)
    while (at >= 0) {
      const start = hay.offsets[at]!
      const end = hay.offsets[at + needle.length] ?? node.text.length
      out.push({ anchor: { path, offset: start }, focus: { path, offset: end } })
      at = hay.text.indexOf(needle, at + Math.max(1, needle.length))
    }
  }
  return out
}
