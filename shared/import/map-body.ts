import { newId } from '../model/ids'
import type { BasisLine, Paragraph } from '../model/types'
import { clean } from './blocks-text'
import { paragraphText, type DocParagraph } from './doc-types'
import { detectMarker } from './markers'
import { OutlineBuilder } from './outline'
import { allRuns, dropSuffix, modelRuns } from './runs-map'
import type { RawSection } from './section-roles'

/** The body between the title and the signature, split into its parts. */
export type BodyRead = {
  readonly bases: BasisLine[]
  readonly preamble: OutlineBuilder
  readonly sections: RawSection[]
  readonly closing: Paragraph[]
}

const END_MARK = /[\s\u00a0]*\.\/\.[\s\u00a0]*$/u
const textOf = (p: DocParagraph | undefined): string => (p ? paragraphText(p) : '')

/** Index where the closing starts: trailing unnumbered paragraphs from `Trên đây…`, else the last. */
function closingStart(body: readonly DocParagraph[], from: number): number {
  const last = body.length - 1
  const lastSection = body.findLastIndex(p => detectMarker(paragraphText(p))?.style === 'roman')
  if (last < from || last <= lastSection || detectMarker(textOf(body[last]))) {
    return body.length
  }
  let start = last
  for (let j = last - 1; j > lastSection && j >= from && !detectMarker(textOf(body[j])); j--) {
    if (/^Trên đây/u.test(clean(textOf(body[j])))) {
      start = j
    }
  }
  return start
}

/**
 * Splits the body: italic căn cứ lines first (their `;`/`.` endings dropped), then the preamble
 * and the Roman-numbered sections, and the closing paragraphs (the end mark `./.` removed).
 */
export function mapBody(paragraphs: readonly DocParagraph[]): BodyRead {
  const body = [...paragraphs]
  const bases: BasisLine[] = []
  let k = 0
  for (let p = body[0]; p && allRuns(p.runs, 'italic') && !detectMarker(textOf(p)); p = body[k]) {
    bases.push({
      id: newId(),
      content: modelRuns(dropSuffix(p.runs, /[\s;.,]+$/u), { italic: true }),
    })
    k++
  }
  const last = body[body.length - 1]
  if (last && body.length > k) {
    body[body.length - 1] = { ...last, runs: dropSuffix(last.runs, END_MARK) }
  }
  const start = closingStart(body, k)
  const preamble = new OutlineBuilder('preamble')
  const sections: RawSection[] = []
  for (const p of body.slice(k, start)) {
    const text = paragraphText(p)
    const marker = detectMarker(text)
    // A Heading 1 paragraph without a number is a section too (its number is computed).
    const unnumbered = !marker && p.heading === 1 && !/^PHỤ LỤC\b/u.test(clean(text))
    if (marker?.style === 'roman' || unnumbered) {
      sections.push({
        title: clean(text.slice(marker?.length ?? 0)),
        builder: new OutlineBuilder('section'),
      })
    } else {
      ;(sections[sections.length - 1]?.builder ?? preamble).add(p)
    }
  }
  const closing: Paragraph[] = body
    .slice(start)
    .map(p => ({ type: 'paragraph', id: newId(), content: modelRuns(p.runs) }))
  return { bases, preamble, sections, closing }
}
