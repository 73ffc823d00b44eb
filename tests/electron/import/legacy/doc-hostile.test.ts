import { readFileSync } from 'node:fs'
import path from 'node:path'
import CFB from 'cfb'
import { describe, expect, it } from 'vitest'
import { importDoc } from '../../../../electron/main/import/import-doc'

const sample = new Uint8Array(
  readFileSync(path.join(import.meta.dirname, 'fixtures', 'header-2-col-table.doc'))
)
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** A compound file holding the given streams. */
function container(streams: Record<string, Uint8Array>): Uint8Array {
  const cfb = CFB.utils.cfb_new()
  for (const [name, bytes] of Object.entries(streams)) {
    CFB.utils.cfb_add(cfb, `/${name}`, bytes)
  }
  return new Uint8Array(CFB.write(cfb, { type: 'array' }) as number[])
}

/** A FIB of `size` bytes: magic, nFib, flags, csw 14, cslw 22, cbRgFcLcb 93. */
function fib(nFib: number, flags: number, size = 1024): Uint8Array {
  const b = new Uint8Array(size)
  const v = new DataView(b.buffer)
  v.setUint16(0, 0xa5ec, true)
  v.setUint16(2, nFib, true)
  v.setUint16(0x0a, flags, true)
  v.setUint16(32, 14, true)
  v.setUint16(62, 22, true)
  v.setUint16(152, 93, true)
  return b
}

const code = async (bytes: Uint8Array): Promise<string> => {
  const r = await importDoc(bytes)
  return r.ok ? 'ok' : r.error.code
}

describe('.doc import refuses hostile and damaged files cleanly', () => {
  it('refuses a truncated .doc', async () => {
    for (const keep of [16, 512, 4096, sample.length - 1024]) {
      expect(await code(sample.slice(0, keep))).toBe('doc-damaged')
    }
  })

  it('refuses garbage behind the OLE magic number', async () => {
    const junk = new Uint8Array(8192).map((_, i) => (i * 7919 + 13) % 251)
    junk.set(OLE)
    expect(await code(junk)).toBe('doc-damaged')
  })

  it('refuses a compound file with no Word text (an Excel-like container)', async () => {
    expect(await code(container({ Workbook: new Uint8Array(600) }))).toBe('not-doc')
  })

  it('names an encrypted .doc and a Word 6/95 file', async () => {
    expect(
      await code(container({ WordDocument: fib(0x00c1, 0x0100), '1Table': new Uint8Array(600) }))
    ).toBe('encrypted')
    expect(await code(container({ WordDocument: fib(0x0065, 0) }))).toBe('doc-too-old')
  })

  it('refuses a piece table pointing outside the file', async () => {
    const word = fib(0x00c1, 0x0200)
    const v = new DataView(word.buffer)
    v.setUint32(0x4c, 100, true) // ccpText
    v.setUint32(0x1a2, 0, true) // fcClx
    v.setUint32(0x1a6, 17, true) // lcbClx
    const table = new Uint8Array(600)
    const t = new DataView(table.buffer)
    t.setUint8(0, 2)
    t.setUint32(1, 16, true)
    t.setUint32(9, 100, true) // one piece of 100 chars
    t.setUint32(15, 0x7ffff000, true) // …at an offset far past the stream
    expect(await code(container({ WordDocument: word, '1Table': table }))).toBe('doc-damaged')
  })

  it('answers 150 files with random bytes changed with a plan or a refusal, never a throw', async () => {
    let seed = 42
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const codes = new Set<string>()
    for (let k = 0; k < 150; k++) {
      const bytes = sample.slice()
      for (let j = 0; j < 1 + rand(40); j++) {
        bytes[512 + rand(bytes.length - 512)] = rand(256)
      }
      codes.add(await code(bytes))
    }
    expect(
      [...codes].every(c =>
        ['ok', 'doc-damaged', 'not-doc', 'encrypted', 'doc-too-old'].includes(c)
      )
    ).toBe(true)
  })
})
