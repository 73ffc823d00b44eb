import { DEFAULT_SECTION_TITLES } from '../model/create-plan'
import { newId } from '../model/ids'
import type { Appendix, Block, Header, Paragraph, Plan, Section, SectionRole } from '../model/types'
import { paragraphText, runsPlain, type DocBlock, type DocParagraph, type DocSection } from './doc-types'
import { mapTaskTable } from './map-appendix'
import { mapHeader } from './map-header'
import { isSignatureTable, mapSignature } from './map-signature'
import { detectMarker } from './markers'
import { OutlineBuilder } from './outline'
import { allRuns, dropPrefix, dropSuffix, modelRuns } from './runs-map'

const clean = (s: string): string => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim()
const isEmpty = (b: DocBlock): boolean => b.kind === 'p' && clean(paragraphText(b)) === ''
const END = /[\s\u00a0]*\.\/\.[\s\u00a0]*$/u

/** Rows of a table that is not understood, as plain paragraphs (cells joined by ` | `). */
function tableAsParagraphs(b: DocBlock): DocParagraph[] {
  if (b.kind === 'p') return [b]
  return b.rows.map(r => ({ kind: 'p', runs: [{ text: r.cells.map(c => c.paragraphs.map(paragraphText).join(' ')).join(' | '), bold: false, italic: false }] }))
}

type RawSection = { title: string; builder: OutlineBuilder }

function roleOrder(raw: RawSection[], notes: string[]): Section[] {
  const titled = (r: RawSection, role: SectionRole): Section => ({ type: 'section', id: newId(), role, title: r.title, children: r.builder.top })
  const blank = (role: Exclude<SectionRole, 'extra'>): Section => {
    notes.push(`Thêm mục “${DEFAULT_SECTION_TITLES[role]}” còn thiếu trong tệp Word.`)
    return { type: 'section', id: newId(), role, title: DEFAULT_SECTION_TITLES[role], children: [] }
  }
  const isOrg = (r: RawSection | undefined): boolean => r !== undefined && /TỔ CHỨC THỰC HIỆN/iu.test(r.title)
  const [first, ...others] = raw
  if (!first) return [blank('purpose'), blank('tasks'), blank('organization')]
  if (others.length === 0) return [titled(first, 'purpose'), blank('tasks'), blank('organization')]
  if (others.length === 1) {
    const second = others[0] as RawSection
    return isOrg(second)
      ? [titled(first, 'purpose'), blank('tasks'), titled(second, 'organization')]
      : [titled(first, 'purpose'), titled(second, 'tasks'), blank('organization')]
  }
  const last = others[others.length - 1] as RawSection
  return [titled(first, 'purpose'), titled(others[0] as RawSection, 'tasks'), ...others.slice(1, -1).map(r => titled(r, 'extra')), titled(last, 'organization')]
}

/** Maps the sections read from a .docx onto a plan; `notes` collects what was not placed exactly. */
export function mapPlan(doc: readonly DocSection[], notes: string[]): Plan {
  const all = doc.flatMap(s => s.blocks.map(b => ({ b, landscape: s.landscape })))
  let i = 0
  let header: Header = { agency: [], agencyAbbr: 'UBND', place: '', date: {} }
  const firstTable = all.findIndex(x => x.b.kind === 'table')
  if (firstTable >= 0 && all.slice(0, firstTable).every(x => isEmpty(x.b))) {
    const table = all[firstTable]?.b
    if (table?.kind === 'table') header = mapHeader(table).header
    i = firstTable + 1
  } else {
    notes.push('Không tìm thấy bảng phần đầu văn bản (tên cơ quan, số, ngày tháng).')
  }
  while (i < all.length && isEmpty(all[i]?.b as DocBlock)) i++
  const next = (): DocBlock | undefined => all[i]?.b
  let subject = ''
  const head = next()
  if (head?.kind === 'p' && /^KẾ HOẠCH$/u.test(clean(paragraphText(head)).toLocaleUpperCase('vi'))) {
    i++
    const lines: string[] = []
    for (let b = next(); b?.kind === 'p' && !isEmpty(b) && allRuns(b.runs, 'bold') && !detectMarker(paragraphText(b)); b = next()) {
      lines.push(runsPlain(b.runs).split('\n').map(l => l.trim()).join('\n'))
      i++
    }
    subject = lines.join('\n')
  } else {
    notes.push('Không tìm thấy dòng “KẾ HOẠCH” và trích yếu.')
  }
  const signatureAt = all.findIndex((x, k) => k >= i && x.b.kind === 'table' && isSignatureTable(x.b))
  const bodyEnd = signatureAt >= 0 ? signatureAt : all.findIndex((x, k) => k >= i && x.b.kind === 'p' && /^PHỤ LỤC\b/u.test(clean(paragraphText(x.b)).toLocaleUpperCase('vi')))
  const body = all.slice(i, bodyEnd >= 0 ? bodyEnd : all.length).flatMap(x => tableAsParagraphs(x.b)).filter(p => !isEmpty(p))
  const bases: Plan['bases'][number][] = []
  let k = 0
  while (k < body.length && allRuns((body[k] as DocParagraph).runs, 'italic') && !detectMarker(paragraphText(body[k] as DocParagraph))) {
    const p = body[k] as DocParagraph
    bases.push({ id: newId(), content: modelRuns(dropSuffix(p.runs, /[\s;.,]+$/u), { italic: true }) })
    k++
  }
  // The end mark ./. sits on the last sentence; strip it.
  const lastIdx = body.length - 1
  if (lastIdx >= k) {
    const last = body[lastIdx] as DocParagraph
    body[lastIdx] = { ...last, runs: dropSuffix(last.runs, END) }
  }
  // Closing: trailing unnumbered paragraphs, from `Trên đây…` or else the last one alone.
  let closingStart = body.length
  const lastSection = body.findLastIndex(p => detectMarker(paragraphText(p))?.style === 'roman')
  if (lastIdx > lastSection && lastIdx >= k && !detectMarker(paragraphText(body[lastIdx] as DocParagraph))) {
    closingStart = lastIdx
    for (let j = lastIdx - 1; j > lastSection && !detectMarker(paragraphText(body[j] as DocParagraph)); j--) {
      if (/^Trên đây/u.test(clean(paragraphText(body[j] as DocParagraph)))) closingStart = j
    }
  }
  const preamble = new OutlineBuilder('preamble')
  const raw: RawSection[] = []
  for (const p of body.slice(k, closingStart)) {
    const text = paragraphText(p)
    const marker = detectMarker(text)
    if (marker?.style === 'roman') {
      raw.push({ title: clean(text.slice(marker.length)), builder: new OutlineBuilder('section') })
    } else {
      ;(raw[raw.length - 1]?.builder ?? preamble).add(p)
    }
  }
  for (const b of [preamble, ...raw.map(r => r.builder)]) {
    for (const t of b.unplaced) notes.push(`Giữ nguyên thành đoạn văn (không xếp được cấp đánh số): “${t.slice(0, 80)}”.`)
  }
  const closing: Paragraph[] = body.slice(closingStart).map(p => ({ type: 'paragraph', id: newId(), content: modelRuns(p.runs) }))
  const sig = signatureAt >= 0 && all[signatureAt]?.b.kind === 'table' ? mapSignature(all[signatureAt].b) : undefined
  if (!sig) notes.push('Không tìm thấy bảng “Nơi nhận” và chữ ký.')
  const { appendices, issuer } = mapAppendices(all.slice(bodyEnd >= 0 ? bodyEnd + (signatureAt >= 0 ? 1 : 0) : all.length), notes, raw)
  return {
    header: issuer ? { ...header, issuerName: issuer } : header,
    subject,
    bases,
    preamble: preamble.top as Block[],
    sections: roleOrder(raw, notes),
    closing,
    recipients: sig?.recipients ?? [],
    archive: sig?.archive ?? 'VT',
    signature: sig?.signature ?? { lines: [], signer: '' },
    appendices,
  }
}

function mapAppendices(
  rest: readonly { b: DocBlock; landscape: boolean }[],
  notes: string[],
  raw: RawSection[]
): { appendices: Appendix[]; issuer?: string } {
  const appendices: Appendix[] = []
  let issuer: string | undefined
  let title: string[] = []
  let inHeading = false
  let landscape = true
  const stray: DocParagraph[] = []
  for (const { b, landscape: l } of rest) {
    if (b.kind === 'p') {
      const text = clean(paragraphText(b))
      if (text === '') continue
      if (/^PHỤ LỤC(\s+[IVXLC\d]+)?$/u.test(text.toLocaleUpperCase('vi'))) {
        if (inHeading) appendices.push(mapTaskTable({ kind: 'table', grid: [], rows: [] }, title.join('\n'), landscape))
        inHeading = true
        title = []
        landscape = l
        continue
      }
      const ref = /^\(Kèm theo .*? của (.+)\)$/u.exec(text)
      if (inHeading && ref) {
        const name = (ref[1] ?? '').trim()
        if (name !== '') issuer ??= name
        continue
      }
      if (inHeading) title.push(text)
      else stray.push(b)
    } else if (inHeading) {
      appendices.push(mapTaskTable(b, title.join('\n'), landscape))
      inHeading = false
    } else {
      stray.push(...tableAsParagraphs(b))
    }
  }
  if (inHeading) appendices.push({ ...mapTaskTable({ kind: 'table', grid: [], rows: [] }, title.join('\n'), landscape), columns: [], rows: [] })
  if (stray.length > 0) {
    notes.push(`Giữ ${stray.length} đoạn sau phần chữ ký thành đoạn văn ở mục cuối.`)
    const target = raw[raw.length - 1]?.builder
    for (const p of stray) target?.add({ kind: 'p', runs: dropPrefix(p.runs, 0) })
  }
  return issuer ? { appendices, issuer } : { appendices }
}
