import { describe, expect, it } from 'vitest'
import { importDocx } from '../../../electron/main/import/import-docx'
import { DEFAULT_ZIP_LIMITS } from '../../../electron/main/import/zip-read'
import { handMadeDocx, zipOf } from './fixtures'

const code = async (bytes: Uint8Array, limits = DEFAULT_ZIP_LIMITS) => {
  const r = await importDocx(bytes, { limits })
  return r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`
}

const ole = (extra: string): Uint8Array => {
  const bytes = new Uint8Array(4096)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  for (let i = 0; i < extra.length; i++) {
    bytes[1024 + i * 2] = extra.charCodeAt(i)
  }
  return bytes
}

describe('importDocx refuses bad input with a Vietnamese message', () => {
  it('non-zip input', async () => {
    expect(await code(new TextEncoder().encode('Xin chào, đây là văn bản thường'))).toMatch(
      /^not-docx: .*không phải tệp \.docx/
    )
  })
  it('old binary .doc', async () => {
    expect(await code(ole('WordDocument'))).toBe(
      'old-doc: Đây là tệp .doc cũ: hãy mở bằng Word và lưu thành .docx trước.'
    )
  })
  it('password-protected .docx (OLE with EncryptedPackage)', async () => {
    expect(await code(ole('EncryptedPackage'))).toMatch(/^encrypted: .*mật khẩu/)
  })
  it('truncated zip', async () => {
    const bytes = await handMadeDocx()
    expect(await code(bytes.slice(0, Math.floor(bytes.length / 2)))).toMatch(/^truncated: /)
  })
  it('zip without word/document.xml', async () => {
    expect(await code(await zipOf({ 'a.txt': 'x' }))).toMatch(/^not-docx: /)
  })
  it('zip bomb: compression ratio, entry size, entry count', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024)
    expect(await code(await zipOf({ 'word/document.xml': zeros }))).toMatch(
      /^too-large: .*zip bomb/
    )
    const small = { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 1000, maxRatio: 1e9 }
    expect(await code(await zipOf({ 'word/document.xml': 'x'.repeat(2000) }), small)).toMatch(
      /^too-large/
    )
    const few = { ...DEFAULT_ZIP_LIMITS, maxEntries: 3 }
    expect(await code(await zipOf({ a: '1', b: '2', c: '3', d: '4' }), few)).toMatch(/^too-large/)
    const total = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 3000 }
    expect(await code(await zipOf({ a: 'x'.repeat(2000), b: 'y'.repeat(2000) }), total)).toMatch(
      /^too-large/
    )
  })
  it('XML with DOCTYPE or ENTITY is refused, never expanded', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><w:document><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>`
    expect(await code(await zipOf({ 'word/document.xml': xml }))).toMatch(/^bad-xml: /)
    const unknown = `<w:document><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>`
    expect(await code(await zipOf({ 'word/document.xml': unknown }))).toMatch(/^bad-xml: /)
  })
  it('a valid file still imports', async () => {
    expect(await code(await handMadeDocx())).toBe('ok')
  })
})
