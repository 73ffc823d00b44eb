import { err, type Result } from '../../../shared/result'
import { importSections } from '../../../shared/import/import-sections'
import { DocDamaged } from './doc/bytes'
import { DocRefused, readDoc } from './doc/read-doc'
import type { ImportOutcome } from './import-docx'

const REFUSALS = {
  encrypted: err(
    'encrypted',
    'Tệp .doc này được đặt mật khẩu: hãy mở bằng Word, gỡ mật khẩu rồi lưu lại trước khi nhập.'
  ),
  'too-old': err(
    'doc-too-old',
    'Tệp .doc này được tạo bằng Word 6.0/95, quá cũ để đọc: hãy mở bằng Word và lưu lại thành .docx.'
  ),
  'not-word': err('not-doc', 'Tệp này không phải tệp Word .doc (không có nội dung văn bản Word).'),
} as const

/**
 * Imports a Word 97–2003 .doc held in memory: its text, tables, bold and italic are read into
 * the same sections as a .docx and mapped by the same plan mapping (typed markers give the
 * structure). A damaged or hostile file is a Vietnamese refusal; only a bug throws.
 */
export async function importDoc(bytes: Uint8Array): Promise<Result<ImportOutcome>> {
  try {
    return importSections(readDoc(bytes), {
      legacyRuns: 0,
      notes: ['Nhập từ tệp .doc (Word 97–2003): cấu trúc lấy từ số thứ tự gõ tay trong văn bản.'],
    })
  } catch (error) {
    if (error instanceof DocRefused) {
      return REFUSALS[error.reason]
    }
    if (!(error instanceof DocDamaged)) {
      throw error
    }
    return err(
      'doc-damaged',
      'Tệp .doc bị hỏng hoặc không đọc được (cấu trúc bên trong không hợp lệ); không nhập.'
    )
  }
}
