import type { FormattedText } from './slate-types'

/** One pasted line: its text in runs, keeping only the formatting a plan allows (bold, italic). */
export type PastedLine = FormattedText[]

/** Elements that start and end a line of their own. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
])
/** Elements whose content is never text of the plan. */
const SKIPPED_TAGS = new Set([
  'head',
  'img',
  'meta',
  'link',
  'noscript',
  'object',
  'script',
  'style',
  'svg',
  'template',
  'title',
  'xml',
])
const BOLD_TAGS = new Set(['b', 'strong', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th'])
const ITALIC_TAGS = new Set(['i', 'em', 'cite', 'var'])

type Format = { readonly bold: boolean; readonly italic: boolean }

/**
 * Cleans HTML from the clipboard (Word, a web page, Google Docs) into lines of runs: one line per
 * paragraph, list item, heading or table row (cells separated by a space); bold and italic kept,
 * from tags or inline styles (`font-weight: normal` on Google Docs' wrapping `<b>` wins); every
 * other formatting, image, comment and style sheet dropped. Word's list numbers (`mso-list:
 * Ignore` spans) are kept as typed markers (`1.`, `a)`), its bullet glyphs become `-`, so that
 * the paste turns them into structure. Text is NFC; empty lines are left out.
 */
export function htmlToLines(html: string, parser: DOMParser = new DOMParser()): PastedLine[] {
  const doc = parser.parseFromString(html, 'text/html')
  const lines: PastedLine[] = []
  let line: FormattedText[] = []
  const flush = () => {
    const cleaned = cleanLine(line)
    if (cleaned.length > 0) {
      lines.push(cleaned)
    }
    line = []
  }
  const push = (text: string, format: Format) => {
    line.push({
      text,
      ...(format.bold ? { bold: true } : {}),
      ...(format.italic ? { italic: true } : {}),
    })
  }
  const walk = (node: Node, format: Format): void => {
    if (node.nodeType === 3) {
      push((node.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' '), format)
      return
    }
    if (node.nodeType !== 1) {
      return // comments (Word's conditional ones included), processing instructions
    }
    const element = node as HTMLElement
    const tag = element.localName.toLowerCase()
    if (SKIPPED_TAGS.has(tag)) {
      return
    }
    if (tag === 'br') {
      flush()
      return
    }
    const style = element.getAttribute('style') ?? ''
    if (/mso-list\s*:\s*ignore/i.test(style)) {
      // Word's own list number or bullet, written out before the paragraph's text.
      const marker = (element.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim()
      push(/^[\p{L}\p{N}]+[.)]/u.test(marker) ? `${marker} ` : '- ', { bold: false, italic: false })
      return
    }
    const next = {
      bold: styledWeight(style) ?? (BOLD_TAGS.has(tag) ? true : format.bold),
      italic: styledItalic(style) ?? (ITALIC_TAGS.has(tag) ? true : format.italic),
    }
    const block = BLOCK_TAGS.has(tag)
    if (block) {
      flush()
    }
    for (const child of Array.from(element.childNodes)) {
      walk(child, next)
    }
    if (tag === 'td' || tag === 'th') {
      push(' ', next)
    }
    if (block) {
      flush()
    }
  }
  walk(doc.body, { bold: false, italic: false })
  flush()
  return lines
}

/** Lines of plain text (one per line break), as unformatted runs; empty lines left out. */
export function textToLines(text: string): PastedLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(line => cleanLine([{ text: line.replace(/\t+/g, ' ') }]))
    .filter(line => line.length > 0)
}

/** The text of a pasted line. */
export function lineText(line: PastedLine): string {
  return line.map(run => run.text).join('')
}

/** Removes the first `count` characters of a line (a typed marker), across runs. */
export function dropStart(line: PastedLine, count: number): PastedLine {
  let left = count
  const out: FormattedText[] = []
  for (const run of line) {
    if (left >= run.text.length) {
      left -= run.text.length
      continue
    }
    out.push({ ...run, text: run.text.slice(left) })
    left = 0
  }
  return out.length > 0 ? out : [{ text: '' }]
}

function styledWeight(style: string): boolean | undefined {
  const value = /(?:^|;)\s*font-weight\s*:\s*([^;]+)/i.exec(style)?.[1]?.trim().toLowerCase()
  if (value === undefined) {
    return undefined
  }
  if (value === 'bold' || value === 'bolder') {
    return true
  }
  const number = Number(value)
  return Number.isFinite(number) ? number >= 600 : false
}

function styledItalic(style: string): boolean | undefined {
  const value = /(?:^|;)\s*font-style\s*:\s*([^;]+)/i.exec(style)?.[1]?.trim().toLowerCase()
  return value === undefined ? undefined : value === 'italic' || value === 'oblique'
}

/**
 * NFC text, runs with the same formatting merged, no empty runs, spaces collapsed across runs,
 * and no leading or trailing space: the line as the plan stores it.
 */
function cleanLine(runs: readonly FormattedText[]): FormattedText[] {
  const merged: FormattedText[] = []
  for (const run of runs) {
    const text = run.text.normalize('NFC')
    const last = merged[merged.length - 1]
    const previousEndsInSpace = last ? last.text.endsWith(' ') : true
    const piece = previousEndsInSpace ? text.replace(/^\s+/u, '') : text
    if (piece === '') {
      continue
    }
    if (last && last.bold === run.bold && last.italic === run.italic) {
      merged[merged.length - 1] = { ...last, text: last.text + piece }
    } else {
      merged.push({ ...run, text: piece })
    }
  }
  // Trailing spaces go; a run left empty by that goes too.
  while (merged.length > 0) {
    const last = merged[merged.length - 1]!
    const trimmed = last.text.replace(/\s+$/u, '')
    if (trimmed !== '') {
      merged[merged.length - 1] = { ...last, text: trimmed }
      break
    }
    merged.pop()
  }
  return merged
}
