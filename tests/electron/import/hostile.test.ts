import { describe, expect, it } from 'vitest'
import { importDocx } from '../../../electron/main/import/import-docx'
import { handMadeDocx, zipOf } from './fixtures'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`
const para = (text: string, numId?: number) =>
  `<w:p>${numId === undefined ? '' : `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`}<w:r><w:t>${text}</w:t></w:r></w:p>`

/** numbering.xml with one list whose level 0 has this format, start and override. */
const numbering = (format: string, start: string, override?: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>${override === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${override}"/></w:lvlOverride>`}</w:num></w:numbering>`

async function result(parts: Record<string, string | Uint8Array>) {
  const r = await importDocx(await zipOf(parts))
  return r.ok ? { ok: true as const, plan: r.value.plan } : { ok: false as const, ...r.error }
}

const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu

describe('hostile Word files end in a clean result or a clean Vietnamese refusal', () => {
  it.each<[string, string, string, string | undefined]>([
    ['a roman list starting at 1e12', 'upperRoman', '1000000000000', undefined],
    ['a letter list starting at 2e9', 'upperLetter', '2000000000', undefined],
    ['a start of 1e400', 'decimal', '1e400', undefined],
    ['a start override of -100', 'lowerLetter', '1', '-100'],
    ['a roman start override of 5e15', 'lowerRoman', '1', '5000000000000000'],
  ])('%s imports with short labels', async (_, format, start, override) => {
    const body = Array.from({ length: 30 }, (_v, i) => para(`Nhiệm vụ ${i + 1}`, 1)).join('')
    const r = await result({
      'word/document.xml': doc(para('KẾ HOẠCH') + body),
      'word/numbering.xml': numbering(format, start, override),
    })
    expect(r.ok).toBe(true)
    // Every label Word would print stays short: no megabyte of M's or A's reaches the plan.
    expect(JSON.stringify(r.ok && r.plan).length).toBeLessThan(50_000)
  })

  it.each([
    ['a character reference past Unicode', '&#x110000;'],
    ['a huge decimal character reference', '&#99999999999;'],
    ['a bare ampersand', 'Sở Nội vụ & Tư pháp'],
    ['an unknown entity', '&nbsp;'],
  ])('%s is refused as bad XML', async (_, text) => {
    const r = await result({ 'word/document.xml': doc(para(text)) })
    expect(r).toMatchObject({ ok: false, code: 'bad-xml' })
    expect(r.ok || r.message).toMatch(vietnamese)
  })

  it('duplicate attributes are refused as bad XML', async () => {
    const r = await result({
      'word/document.xml': doc(
        '<w:p><w:r><w:t xml:space="preserve" xml:space="default">x</w:t></w:r></w:p>'
      ),
    })
    expect(r).toMatchObject({ ok: false, code: 'bad-xml' })
  })

  it('1,000 nested tables are refused, not a stack overflow', async () => {
    const open = '<w:tbl><w:tr><w:tc>'.repeat(1000)
    const close = '<w:p/></w:tc></w:tr></w:tbl>'.repeat(1000)
    const r = await result({ 'word/document.xml': doc(open + close) })
    expect(r).toMatchObject({ ok: false, code: 'bad-xml' })
  })

  it('20,000 hyperlinks in one paragraph import', async () => {
    const links = '<w:hyperlink><w:r><w:t>x</w:t></w:r></w:hyperlink>'.repeat(20_000)
    const r = await result({ 'word/document.xml': doc(`<w:p>${links}</w:p>`) })
    expect(r.ok).toBe(true)
  })

  it('200,000 runs inside one hyperlink import, not a stack overflow', async () => {
    // Varied text, so the part is not refused for its compression ratio before it is read.
    const runs = Array.from(
      { length: 200_000 },
      (_v, i) => `<w:r><w:t>${i * 7919}</w:t></w:r>`
    ).join('')
    const r = await result({
      'word/document.xml': doc(`<w:p><w:hyperlink>${runs}</w:hyperlink></w:p>`),
    })
    expect(r.ok).toBe(true)
  })

  it('10,000 nested hyperlinks are refused, not a stack overflow', async () => {
    const r = await result({
      'word/document.xml': doc(
        `<w:p>${'<w:hyperlink>'.repeat(10_000)}<w:r><w:t>x</w:t></w:r>${'</w:hyperlink>'.repeat(10_000)}</w:p>`
      ),
    })
    expect(r).toMatchObject({ ok: false, code: 'bad-xml' })
  })
})

/** Offsets of the central-directory entry of `name` and of the end record in a zip. */
function locate(bytes: Uint8Array, name: string) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = bytes.length - 22
  while (view.getUint32(end, true) !== 0x06054b50) {
    end--
  }
  let p = view.getUint32(end + 16, true)
  const decoder = new TextDecoder()
  for (;;) {
    const n = view.getUint16(p + 28, true)
    if (decoder.decode(bytes.subarray(p + 46, p + 46 + n)) === name) {
      return { view, entry: p, end, local: view.getUint32(p + 42, true) }
    }
    p += 46 + n + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
  }
}

describe('a damaged zip gets a message of its own kind', () => {
  it('a part whose bytes do not match its CRC-32 is refused as such', async () => {
    const bytes = (await handMadeDocx()).slice()
    const { view, entry } = locate(bytes, 'word/document.xml')
    // The recorded checksum no longer matches the bytes, as after a flipped bit on a USB stick.
    view.setUint32(entry + 16, view.getUint32(entry + 16, true) ^ 0x00010000, true)
    const r = await importDocx(bytes)
    expect(r.ok || r.error.code).toBe('bad-crc')
    expect(r.ok || r.error.message).toMatch(/CRC-32/)
  })

  it('a size field that lies is refused as such, not as a zip bomb', async () => {
    const bytes = (await handMadeDocx()).slice()
    const { view, entry } = locate(bytes, 'word/document.xml')
    view.setUint32(entry + 24, view.getUint32(entry + 24, true) - 100, true)
    const r = await importDocx(bytes)
    expect(r.ok || r.error.code).toBe('size-mismatch')
    expect(r.ok || r.error.message).toMatch(/kích thước/)
  })

  it('an entry count that lies is refused as such', async () => {
    const bytes = (await handMadeDocx()).slice()
    const { view, end } = locate(bytes, 'word/document.xml')
    view.setUint16(end + 10, view.getUint16(end + 10, true) + 3, true)
    view.setUint16(end + 8, view.getUint16(end + 8, true) + 3, true)
    const r = await importDocx(bytes)
    expect(r.ok || r.error.code).toBe('bad-count')
    expect(r.ok || r.error.message).toMatch(/số phần/)
  })

  it('a file cut short is "truncated", with its own message', async () => {
    const bytes = await handMadeDocx()
    const r = await importDocx(bytes.slice(0, bytes.length - 400))
    expect(r.ok || r.error.code).toBe('truncated')
  })
})
