import type { Plan } from '../model/types'
import { clean, isEmpty, tableAsParagraphs, type PlacedBlock } from './blocks-text'
import { paragraphText, type DocSection } from './doc-types'
import { mapAppendices } from './map-appendices'
import { mapBody } from './map-body'
import { isSignatureTable, mapSignature } from './map-signature'
import { mapTitle } from './map-title'
import type { Inference } from './report'
import { assignRoles } from './section-roles'

const isAppendixHeading = (x: PlacedBlock): boolean =>
  x.b.kind === 'p' && /^PHỤ LỤC\b/u.test(clean(paragraphText(x.b)).toLocaleUpperCase('vi'))

/**
 * Maps the sections read from a .docx onto a plan: header and title, body, Nơi nhận and
 * signature, appendices. `notes` collects, in Vietnamese, whatever was not placed exactly; text
 * that fits nowhere is kept as plain paragraphs in the nearest section.
 */
export function mapPlan(
  doc: readonly DocSection[],
  notes: string[],
  inferred: Inference[] = []
): Plan {
  const all: PlacedBlock[] = doc.flatMap(s => s.blocks.map(b => ({ b, landscape: s.landscape })))
  const title = mapTitle(all, notes, inferred)
  const from = title.next
  const signatureAt = all.findIndex(
    (x, k) => k >= from && x.b.kind === 'table' && isSignatureTable(x.b)
  )
  const appendixAt = all.findIndex((x, k) => k >= from && isAppendixHeading(x))
  const bodyEnd = signatureAt >= 0 ? signatureAt : appendixAt >= 0 ? appendixAt : all.length
  const bodyBlocks = all.slice(from, bodyEnd)
  const tables = bodyBlocks.filter(x => x.b.kind === 'table').length
  if (tables > 0) {
    notes.push(`Giữ ${tables} bảng trong phần nội dung thành đoạn văn (các ô nối bằng “ | ”).`)
  }
  const body = mapBody(bodyBlocks.flatMap(x => tableAsParagraphs(x.b)).filter(p => !isEmpty(p)))
  const signatureTable = all[signatureAt]?.b
  const sig = signatureTable?.kind === 'table' ? mapSignature(signatureTable, inferred) : undefined
  if (!sig) {
    notes.push('Không tìm thấy bảng “Nơi nhận” và chữ ký.')
  }
  const rest = mapAppendices(all.slice(signatureAt >= 0 ? signatureAt + 1 : bodyEnd))
  if (rest.stray.length > 0) {
    notes.push(
      `Giữ ${rest.stray.length} đoạn ngoài phụ lục sau phần chữ ký thành đoạn văn ở mục cuối.`
    )
    const target = body.sections[body.sections.length - 1]?.builder ?? body.preamble
    rest.stray.forEach(p => target.add(p))
  }
  for (const b of [body.preamble, ...body.sections.map(r => r.builder)]) {
    for (const t of b.unplaced) {
      notes.push(`Giữ nguyên thành đoạn văn (không xếp được cấp đánh số): “${t.slice(0, 80)}”.`)
    }
  }
  return {
    header: rest.issuer ? { ...title.header, issuerName: rest.issuer } : title.header,
    subject: title.subject,
    bases: body.bases,
    preamble: body.preamble.finish(),
    sections: assignRoles(body.sections, notes),
    closing: body.closing,
    recipients: sig?.recipients ?? [],
    archive: sig?.archive ?? 'VT',
    signature: sig?.signature ?? { lines: [], signer: '' },
    appendices: rest.appendices,
  }
}
