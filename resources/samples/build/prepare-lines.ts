/** Body lines of a seed with page furniture removed and page-broken sentences joined again. */
export type PreparedBody = {
  readonly lines: readonly string[]
  /** Footnote number → footnote text, taken from `<sup>n</sup> text` lines. */
  readonly footnotes: ReadonlyMap<string, string>
}

const LETTER_MARKER = /^[a-zđ]\)\s/

/**
 * Drops blank lines and `---` rules, lifts footnote definitions out, and joins a line that starts
 * in lower case to the line before it (a sentence cut by a page break in the extraction).
 */
export function prepareBody(raw: readonly string[]): PreparedBody {
  const lines: string[] = []
  const footnotes = new Map<string, string>()
  for (const line of raw) {
    const text = line.trim()
    if (text === '' || /^-{3,}$/.test(text)) {
      continue
    }
    const footnote = /^<sup>(\d+)<\/sup>\s*(.+)$/.exec(text)
    if (footnote) {
      footnotes.set(footnote[1] ?? '', (footnote[2] ?? '').normalize('NFC').trim())
      continue
    }
    const previous = lines[lines.length - 1]
    if (previous !== undefined && /^\p{Ll}/u.test(text) && !LETTER_MARKER.test(text)) {
      lines[lines.length - 1] = `${previous} ${text}`
      continue
    }
    lines.push(text)
  }
  return { lines, footnotes }
}
