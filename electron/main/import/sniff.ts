import { err, ok, type Result } from '../../../shared/result'

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

function utf16(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i)
  }
  return out
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (bytes[i + j] !== needle[j]) {
        continue outer
      }
    }
    return true
  }
  return false
}

/**
 * Checks the first bytes before unzipping: an OLE container is an old binary .doc or a
 * password-protected .docx (its streams are named `EncryptedPackage`/`EncryptionInfo`);
 * anything that does not start like a zip is refused.
 */
export function sniffDocx(bytes: Uint8Array): Result<true> {
  if (OLE.every((b, i) => bytes[i] === b)) {
    const encrypted =
      contains(bytes, utf16('EncryptedPackage')) || contains(bytes, utf16('EncryptionInfo'))
    return encrypted
      ? err(
          'encrypted',
          'Tệp .docx này được đặt mật khẩu: hãy mở bằng Word, gỡ mật khẩu rồi lưu lại trước khi nhập.'
        )
      : err('old-doc', 'Đây là tệp .doc cũ: hãy mở bằng Word và lưu thành .docx trước.')
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return err('not-docx', 'Tệp này không phải tệp .docx.')
  }
  return ok(true)
}

/** The kinds of file the import reads. */
export type ImportFormat = 'docx' | 'doc' | 'pdf'

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b)
}

/**
 * Tells a file's format from its bytes, never from its name: a zip is a .docx, an OLE container
 * a .doc (or a password-protected .docx, refused here), `%PDF-` in the first kilobyte a PDF.
 */
export function sniffFormat(bytes: Uint8Array): Result<ImportFormat> {
  if (startsWith(bytes, OLE)) {
    const docx = sniffDocx(bytes)
    return !docx.ok && docx.error.code === 'encrypted' ? docx : ok('doc')
  }
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) {
    return ok('docx')
  }
  for (let at = 0; at + PDF_MAGIC.length <= Math.min(bytes.length, 1024); at++) {
    if (startsWith(bytes, PDF_MAGIC, at)) {
      return ok('pdf')
    }
  }
  return err('not-docx', 'Tệp này không phải tệp Word (.docx, .doc) hay PDF nên không nhập được.')
}
