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

type Format = { readonly bold: boolean; readonly italic: boolean; readonly pre: boolean }

/**
 * Cleans HTML from the clipboard (Word, a web page, Google Docs) into lines of runs: one line per
 * paragraph, list item, heading or table row (cells separated by a space); bold and italic kept,
 * from tags or inline styles (`font-weight: normal` on Google Docs' wrapping `<b>` wins); every
 * other formatting, image, comment and style sheet dropped. Word's list numbers (`mso-list:
 * Ignore` spans) are kept as typed markers (`1.`, `a)`), its bullet glyphs become `-`, so that
 * the paste turns them into structure. Text is NFC; empty lines are left out.
 */
export function htmlToLines(html: string): PastedLine[] {
  const doc = new DOMParser().parseFromString(html, 'text/html')
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
      const text = node.nodeValue ?? ''
      if (format.pre) {
        // Preformatted text (<pre>, white-space: pre…) keeps its own line breaks.
        text.split(/\r?\n/).forEach((part, i) => {
          if (i > 0) {
            flush()
          }
          push(part.replace(/[\t\u00a0]/g, ' '), format)
        })
      } else {
        push(text.replace(/[\s\u00a0]+/g, ' '), format)
      }
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
    if (/display\s*:\s*none|mso-hide\s*:\s*all/i.test(style) || element.hidden) {
      return // hidden text (Word's hidden runs, collapsed web content) is not pasted
    }
    if (/mso-list\s*:\s*ignore/i.test(style)) {
      // Word's own list number or bullet, written out before the paragraph's text.
      const marker = (element.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim()
      push(wordListMarker(marker), { bold: false, italic: false, pre: false })
      return
    }
    const next = {
      bold: styledWeight(style) ?? (BOLD_TAGS.has(tag) ? true : format.bold),
      italic: styledItalic(style) ?? (ITALIC_TAGS.has(tag) ? true : format.italic),
      pre: styledPre(style) ?? (tag === 'pre' ? true : format.pre),
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
  walk(doc.body, { bold: false, italic: false, pre: false })
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

/** The line with a space at either end where `text` (the same line as plain text) has one. */
export function withEdgeSpaces(line: PastedLine, text: string): PastedLine {
  if (line.length === 0) {
    return line
  }
  const out = [...line]
  const first = out[0]!
  if (/^\s/u.test(text) && !/^\s/u.test(first.text)) {
    out[0] = { ...first, text: ` ${first.text}` }
  }
  const last = out[out.length - 1]!
  if (/\s$/u.test(text) && !/\s$/u.test(last.text)) {
    out[out.length - 1] = { ...last, text: `${last.text} ` }
  }
  return out
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

/** Word's written-out list marker as the typed marker the paste turns into structure. */
function wordListMarker(marker: string): string {
  if (/^[\p{L}\p{N}]+[.)]/u.test(marker)) {
    return `${marker} ` // 1.  a)  1.1.
  }
  return marker === '+' ? '+ ' : '- ' // bullets: + stays +, every other glyph is a dash
}

/** The value of one inline style property, lower case, without `!important`. */
function styleValue(style: string, property: string): string | undefined {
  const found = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'i').exec(style)?.[1]
  return found
    ?.replace(/!important/i, '')
    .trim()
    .toLowerCase()
}

/** Bold from `font-weight`; undefined when absent or unreadable (the parent's formatting holds). */
function styledWeight(style: string): boolean | undefined {
  const value = styleValue(style, 'font-weight')
  if (value === 'bold' || value === 'bolder') {
    return true
  }
  if (value === 'normal' || value === 'lighter') {
    return false
  }
  const number = Number(value)
  return value !== undefined && value !== '' && Number.isFinite(number) ? number >= 600 : undefined
}

function styledItalic(style: string): boolean | undefined {
  const value = styleValue(style, 'font-style')
  return value === 'italic' || value === 'oblique' ? true : value === 'normal' ? false : undefined
}

function styledPre(style: string): boolean | undefined {
  const value = styleValue(style, 'white-space')
  return value === undefined ? undefined : /^pre/.test(value) || value === 'break-spaces'
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
