import { paragraphText, type DocBlock, type DocParagraph } from './doc-types'

/** Text with non-breaking spaces as spaces, runs of blanks collapsed, trimmed. */
export function clean(s: string): string {
  return s
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Whether a block is an empty paragraph (rules, spacing). */
export function isEmpty(b: DocBlock): boolean {
  return b.kind === 'p' && clean(paragraphText(b)) === ''
}

/** A table that is not understood, as plain paragraphs: one per row, cells joined by ` | `. */
export function tableAsParagraphs(b: DocBlock): DocParagraph[] {
  if (b.kind === 'p') {
    return [b]
  }
  return b.rows.map(r => ({
    kind: 'p',
    runs: [
      {
        text: r.cells.map(c => c.paragraphs.map(paragraphText).join(' ')).join(' | '),
        bold: false,
        italic: false,
      },
    ],
  }))
}

/** A block with the orientation of its Word section. */
export type PlacedBlock = { readonly b: DocBlock; readonly landscape: boolean }
