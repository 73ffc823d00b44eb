import { err, type Result } from '../../../shared/result'
import { importSections } from '../../../shared/import/import-sections'
import { pdfSections } from '../../../shared/import/pdf/pdf-sections'
import type { ImportOutcome } from './import-docx'
import { PdfRefused, readPdf, type PdfRefusal } from './pdf/read-pdf'

const REFUSALS: Readonly<Record<PdfRefusal | 'scanned', Result<ImportOutcome>>> = {
  encrypted: err(
    'pdf-encrypted',
    'Tệp PDF này được đặt mật khẩu nên không đọc được chữ: hãy xin bản không đặt mật khẩu hoặc bản Word.'
  ),
  damaged: err('pdf-damaged', 'Tệp PDF bị hỏng hoặc không đọc được; không nhập.'),
  'too-many-pages': err(
    'pdf-too-long',
    'Tệp PDF có quá nhiều trang để là một kế hoạch; không nhập.'
  ),
  scanned: err(
    'pdf-scanned',
    'Tệp PDF này là bản quét (ảnh), không có lớp chữ nên không lấy được nội dung. Hãy dùng bản Word (.docx, .doc) hoặc bản PDF xuất trực tiếp từ Word.'
  ),
}

/** Fewer letters than this in the whole text layer means a scan (at most a stamp or a page number). */
const MIN_LETTERS = 40

/**
 * Imports a text PDF (the signed copy from the e-office system): the text layer is read with
 * pdf.js, paragraphs and the header and sign-off columns are rebuilt, and the result goes
 * through the same plan mapping as a .docx. A scan, an encrypted or a broken file is refused
 * with its own Vietnamese message.
 */
export async function importPdf(bytes: Uint8Array): Promise<Result<ImportOutcome>> {
  let pages
  try {
    pages = await readPdf(bytes)
  } catch (error) {
    if (error instanceof PdfRefused) {
      return REFUSALS[error.reason]
    }
    throw error
  }
  const letters = pages
    .flatMap(p => p.items)
    .reduce((n, i) => n + (i.text.match(/\p{L}/gu)?.length ?? 0), 0)
  if (letters < MIN_LETTERS) {
    return REFUSALS.scanned
  }
  return importSections(pdfSections(pages), {
    legacyRuns: 0,
    notes: [
      'Nhập từ tệp PDF: đoạn văn dựng lại từ lớp chữ; chữ đậm, nghiêng và chú thích không giữ được.',
    ],
  })
}
