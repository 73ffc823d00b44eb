import type {
  DocBlock,
  DocCell,
  DocParagraph,
  DocRow,
  DocRun,
  DocSection,
  DocTable,
} from './doc-types'
import { decodeLegacy, legacyEncoding } from './legacy-fonts'
import type { ListNumbering } from './numbering-read'
import { paragraphList } from './paragraph-list'
import { fontOf, type StyleLook, type Styles } from './styles-read'
import { child, elements, isElement, path, toggle, val, type XmlElement } from './xml-node'

/** What reading the body needs besides document.xml. */
export type ReadContext = {
  readonly styles: Styles
  readonly numbering: ListNumbering
  /** Footnote id → its runs. */
  readonly footnotes: ReadonlyMap<string, readonly DocRun[]>
  /** Counts text converted from an old encoding. */
  legacyRuns: number
}

const SKIP = new Set([
  'w:del',
  'w:moveFrom',
  'w:rPr',
  'w:pPr',
  'w:proofErr',
  'w:bookmarkStart',
  'w:txbxContent',
  'mc:Fallback',
])

function runText(r: XmlElement): string {
  let text = ''
  for (const c of r.children) {
    if (!isElement(c)) {
      continue
    }
    if (c.name === 'w:t') {
      text += c.children.filter(x => typeof x === 'string').join('')
    } else if (c.name === 'w:br' || c.name === 'w:cr') {
      text += c.attrs['w:type'] === 'page' ? '' : '\n'
    } else if (c.name === 'w:tab') {
      text += '\t'
    } else if (c.name === 'w:noBreakHyphen') {
      text += '-'
    }
  }
  return text
}

/** Runs of a paragraph-like element, following hyperlinks, insertions and simple fields. */
export function readRuns(node: XmlElement, base: StyleLook, ctx: ReadContext): DocRun[] {
  const out: DocRun[] = []
  for (const c of node.children) {
    if (!isElement(c) || SKIP.has(c.name)) {
      continue
    }
    if (c.name !== 'w:r') {
      // A loop, not a spread: a hyperlink may hold hundreds of thousands of runs.
      for (const run of readRuns(c, base, ctx)) {
        out.push(run)
      }
      continue
    }
    const rPr = child(c, 'w:rPr')
    const look = { ...base, ...ctx.styles.look(val(rPr, 'w:rStyle')) }
    const note = child(c, 'w:footnoteReference')?.attrs['w:id']
    if (note !== undefined) {
      out.push({ text: '', bold: false, italic: false, footnote: ctx.footnotes.get(note) ?? [] })
    }
    let text = runText(c)
    if (text === '') {
      continue
    }
    const encoding = legacyEncoding(fontOf(rPr) ?? look.font)
    if (encoding) {
      text = decodeLegacy(text, encoding)
      ctx.legacyRuns++
    }
    out.push({
      text: text.normalize('NFC'),
      bold: toggle(rPr, 'w:b') ?? look.bold ?? false,
      italic: toggle(rPr, 'w:i') ?? look.italic ?? false,
    })
  }
  return out
}

/** One paragraph: its runs (style and defaults applied) and its automatic number, if any. */
export function readParagraph(p: XmlElement, ctx: ReadContext): DocParagraph {
  const pPr = child(p, 'w:pPr')
  const base = { ...ctx.styles.defaults, ...ctx.styles.look(val(pPr, 'w:pStyle')) }
  const runs = readRuns(p, base, ctx)
  const num = paragraphList(pPr, ctx.styles, ctx.numbering)
  const autoLabel = num ? ctx.numbering.next(num.numId, num.ilvl) : undefined
  const heading = ctx.styles.heading(val(pPr, 'w:pStyle'))
  const out: DocParagraph =
    heading === undefined ? { kind: 'p', runs } : { kind: 'p', runs, heading }
  return autoLabel === undefined || autoLabel === '' ? out : { ...out, autoLabel }
}

function readCell(tc: XmlElement, ctx: ReadContext): DocCell {
  const tcPr = child(tc, 'w:tcPr')
  const merge = child(tcPr, 'w:vMerge')
  const span = Number(val(tcPr, 'w:gridSpan') ?? 1)
  const paragraphs = elements(tc).flatMap(e =>
    e.name === 'w:p' ? [readParagraph(e, ctx)] : e.name === 'w:tbl' ? nestedParagraphs(e, ctx) : []
  )
  return {
    paragraphs,
    span: Number.isFinite(span) && span > 0 ? span : 1,
    ...(merge ? { vMerge: merge.attrs['w:val'] === 'restart' ? 'restart' : 'continue' } : {}),
  }
}

function nestedParagraphs(tbl: XmlElement, ctx: ReadContext): DocParagraph[] {
  return readTable(tbl, ctx).rows.flatMap(r => r.cells.flatMap(c => c.paragraphs))
}

/** A table: grid widths and rows of cells. */
export function readTable(tbl: XmlElement, ctx: ReadContext): DocTable {
  const grid = elements(child(tbl, 'w:tblGrid') ?? tbl, 'w:gridCol').map(g =>
    Number(g.attrs['w:w'] ?? 0)
  )
  const rows: DocRow[] = elements(tbl, 'w:tr').map(tr => ({
    header: toggle(child(tr, 'w:trPr'), 'w:tblHeader') === true,
    cells: elements(tr, 'w:tc').map(tc => readCell(tc, ctx)),
  }))
  return { kind: 'table', grid, rows }
}

function isLandscape(sectPr: XmlElement | undefined): boolean {
  const pgSz = child(sectPr, 'w:pgSz')
  if (pgSz?.attrs['w:orient'] === 'landscape') {
    return true
  }
  return Number(pgSz?.attrs['w:w'] ?? 0) > Number(pgSz?.attrs['w:h'] ?? 0)
}

/** Text boxes anchored in a paragraph (DrawingML, or VML when there is no DrawingML twin). */
function textBoxes(p: XmlElement): XmlElement[] {
  const out: XmlElement[] = []
  const walk = (n: XmlElement): void => {
    for (const c of elements(n)) {
      if (c.name === 'mc:Fallback') {
        continue
      }
      if (c.name === 'w:txbxContent') {
        out.push(c)
      } else {
        walk(c)
      }
    }
  }
  walk(p)
  return out
}

/** The body of document.xml split into Word sections. */
export function readBody(document: XmlElement, ctx: ReadContext): DocSection[] {
  const body = child(document, 'w:body')
  const sections: DocSection[] = []
  let blocks: DocBlock[] = []
  const visit = (els: readonly XmlElement[]): void => {
    for (const el of els) {
      if (el.name === 'w:p') {
        const boxes = textBoxes(el)
        if (boxes.length > 0) {
          // Text boxes side by side read as the cells of one row (header blocks are laid out so).
          const cells = boxes.map(box => ({
            paragraphs: elements(box).flatMap(e =>
              e.name === 'w:p'
                ? [readParagraph(e, ctx)]
                : e.name === 'w:tbl'
                  ? nestedParagraphs(e, ctx)
                  : []
            ),
            span: 1,
          }))
          blocks.push({ kind: 'table', grid: [], rows: [{ cells, header: false }], textBox: true })
        }
        blocks.push(readParagraph(el, ctx))
        const sectPr = path(el, 'w:pPr', 'w:sectPr')
        if (sectPr) {
          sections.push({ blocks, landscape: isLandscape(sectPr) })
          blocks = []
        }
      } else if (el.name === 'w:tbl') {
        blocks.push(readTable(el, ctx))
      } else if (el.name === 'w:sectPr') {
        sections.push({ blocks, landscape: isLandscape(el) })
        blocks = []
      } else if (el.name === 'w:sdt') {
        const content = child(el, 'w:sdtContent')
        visit(content ? elements(content) : [])
      } else if (el.name === 'w:ins' || el.name === 'w:customXml') {
        visit(elements(el))
      }
    }
  }
  visit(body ? elements(body) : [])
  if (blocks.length > 0) {
    sections.push({ blocks, landscape: false })
  }
  return sections
}

/** footnotes.xml → id → runs (separators skipped, the reference mark and its space dropped). */
export function readFootnotes(
  root: XmlElement | undefined,
  ctx: ReadContext
): Map<string, DocRun[]> {
  const out = new Map<string, DocRun[]>()
  for (const note of root ? elements(root, 'w:footnote') : []) {
    const type = note.attrs['w:type']
    if (type === 'separator' || type === 'continuationSeparator') {
      continue
    }
    const runs = elements(note, 'w:p').flatMap((p, i) => {
      const rs = readRuns(p, ctx.styles.defaults, ctx)
      return i === 0 ? rs : [{ text: '\n', bold: false, italic: false }, ...rs]
    })
    const first = runs[0]
    if (first && first.text.startsWith(' ')) {
      runs[0] = { ...first, text: first.text.slice(1) }
    }
    out.set(
      note.attrs['w:id'] ?? '',
      runs.filter(r => r.text !== '')
    )
  }
  return out
}
