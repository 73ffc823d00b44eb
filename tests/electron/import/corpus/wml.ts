/**
 * Minimal WordprocessingML writer for the import corpus: the markup Word itself writes for
 * hand-made plans (tables, text boxes, content controls, soft breaks), zipped with fflate.
 * It deliberately does not go through the app's docx exporter.
 */
import { strToU8, zipSync } from 'fflate'

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Run options: emphasis and font. */
export type RunOpts = { readonly b?: boolean; readonly i?: boolean; readonly font?: string }

/** One run; `\n` becomes `<w:br/>`, `\t` becomes `<w:tab/>`. */
export function r(text: string, o: RunOpts = {}): string {
  const props =
    (o.font ? `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}"/>` : '') +
    (o.b ? '<w:b/>' : '') +
    (o.i ? '<w:i/>' : '')
  const body = text
    .split(/(\n|\t)/)
    .map(part =>
      part === '\n'
        ? '<w:br/>'
        : part === '\t'
          ? '<w:tab/>'
          : part === ''
            ? ''
            : `<w:t xml:space="preserve">${esc(part)}</w:t>`
    )
    .join('')
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${body}</w:r>`
}

/** Paragraph options: style, list numbering, page setup ending a section. */
export type ParaOpts = RunOpts & {
  readonly style?: string
  readonly num?: readonly [string, number]
  readonly sect?: 'portrait' | 'landscape'
}

/** Page setup of a section. */
export function sectPr(kind: 'portrait' | 'landscape'): string {
  return kind === 'landscape'
    ? '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>'
    : '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
}

/** A paragraph of one run (text) or of raw runs (when `text` starts with `<`). */
export function p(text: string, o: ParaOpts = {}): string {
  const pPr =
    (o.style ? `<w:pStyle w:val="${o.style}"/>` : '') +
    (o.num
      ? `<w:numPr><w:ilvl w:val="${o.num[1]}"/><w:numId w:val="${o.num[0]}"/></w:numPr>`
      : '') +
    (o.sect ? sectPr(o.sect) : '')
  const runs = text.startsWith('<') ? text : text === '' ? '' : r(text, o)
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`
}

/** A table cell: raw block content, grid span, vertical merge. */
export type Cell = {
  readonly body: string
  readonly span?: number
  readonly vMerge?: 'restart' | 'continue'
}

/** A cell from text paragraphs (bold when `b`). */
export function tc(lines: string | readonly string[], o: ParaOpts & Omit<Cell, 'body'> = {}): Cell {
  const body = (typeof lines === 'string' ? [lines] : lines).map(l => p(l, o)).join('')
  return {
    body: body === '' ? '<w:p/>' : body,
    ...(o.span ? { span: o.span } : {}),
    ...(o.vMerge ? { vMerge: o.vMerge } : {}),
  }
}

/** A table on a grid of `widths` (twips); `header` rows repeat. */
export function tbl(
  widths: readonly number[],
  rows: readonly (readonly Cell[])[],
  header = 0
): string {
  const grid = widths.map(w => `<w:gridCol w:w="${w}"/>`).join('')
  const trs = rows
    .map((cells, i) => {
      const tcs = cells
        .map(c => {
          const pr =
            (c.span ? `<w:gridSpan w:val="${c.span}"/>` : '') +
            (c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vMerge ? '<w:vMerge/>' : '')
          return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${c.body}</w:tc>`
        })
        .join('')
      return `<w:tr>${i < header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${tcs}</w:tr>`
    })
    .join('')
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${trs}</w:tbl>`
}

/** A DrawingML text box (with its VML fallback, as Word writes both) holding `content`. */
export function textBox(content: string): string {
  const choice = `<w:drawing><wp:anchor><wp:extent cx="2743200" cy="914400"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>${content}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`
  const fallback = `<w:pict><v:rect><v:textbox><w:txbxContent>${content}</w:txbxContent></v:textbox></v:rect></w:pict>`
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${choice}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent></w:r>`
}

/** A VML-only text box (older Word). */
export function vmlTextBox(content: string): string {
  return `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${content}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`
}

/** A block-level content control around `content`. */
export function sdt(content: string, tag = 'eoffice'): string {
  return `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`
}

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"'

/** The parts of one corpus document. */
export type Parts = { readonly body: string; readonly styles?: string; readonly numbering?: string }

/** Zips a document as Word lays it out. */
export function docx(parts: Parts): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${parts.body}${sectPr('portrait')}</w:body></w:document>`
    ),
  }
  if (parts.styles) {
    files['word/styles.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NS}>${parts.styles}</w:styles>`
    )
  }
  if (parts.numbering) {
    files['word/numbering.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${NS}>${parts.numbering}</w:numbering>`
    )
  }
  return zipSync(files)
}
