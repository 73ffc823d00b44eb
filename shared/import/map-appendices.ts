import type { Appendix } from '../model/types'
import { clean, tableAsParagraphs, type PlacedBlock } from './blocks-text'
import { paragraphText, splitParagraph, type DocParagraph, type DocTable } from './doc-types'
import { mapTaskTable } from './map-appendix'

const NO_TABLE: DocTable = { kind: 'table', grid: [], rows: [] }

/** What follows the signature: appendices, the issuer named in `(Kèm theo …)`, and stray text. */
export type AppendicesRead = {
  readonly appendices: Appendix[]
  readonly issuer?: string
  /** Paragraphs outside any appendix (kept by the caller as body text). */
  readonly stray: DocParagraph[]
}

/**
 * Reads the appendices: a `Phụ lục [I]` heading, title lines, the `(Kèm theo …)` reference
 * (dropped: it is computed; its issuer name is kept), then the task table.
 */
export function mapAppendices(rest: readonly PlacedBlock[]): AppendicesRead {
  const appendices: Appendix[] = []
  let issuer: string | undefined
  let title: string[] = []
  let open = false
  let landscape = true
  const stray: DocParagraph[] = []
  const close = (table: DocTable): void => {
    const appendix = mapTaskTable(table, title.join('\n'), landscape)
    appendices.push(table === NO_TABLE ? { ...appendix, columns: [], rows: [] } : appendix)
    open = false
  }
  for (const { b, landscape: l } of rest) {
    if (b.kind === 'table') {
      if (open) {
        close(b)
      } else {
        stray.push(...tableAsParagraphs(b))
      }
      continue
    }
    const [line, ...more] = splitParagraph(b, '\n')
    const text = clean(paragraphText(more.length > 0 && line ? line : b))
    if (text === '') {
      continue
    }
    if (/^PHỤ LỤC(\s+[IVXLC\d]+)?$/u.test(text.toLocaleUpperCase('vi'))) {
      const own = more.map(m => clean(paragraphText(m))).filter(t => t !== '')
      if (open) {
        close(NO_TABLE)
      }
      open = true
      // Heading and title typed in one paragraph, with line breaks.
      title = own
      landscape = l
      continue
    }
    const ref = /^\(Kèm theo .*? của (.+)\)$/u.exec(text)
    if (open && ref) {
      const name = (ref[1] ?? '').trim()
      issuer ??= name === '' ? undefined : name
    } else if (open) {
      title.push(text)
    } else {
      stray.push(b)
    }
  }
  if (open) {
    close(NO_TABLE)
  }
  return { appendices, ...(issuer ? { issuer } : {}), stray }
}
