import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importDocxInWorker } from '../../../../electron/main/import/import-in-worker'
import { sniffFormat } from '../../../../electron/main/import/sniff'
import { minimalPdf, SCANNED_PAGE } from './minimal-pdf'

const dir = mkdtempSync(join(tmpdir(), 'skh-legacy-worker-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', name)

describe('.doc and PDF in the import worker (time and memory limits), chosen by content', () => {
  it('imports a .doc and a PDF whatever their extension says', async () => {
    // Named the other way round: the bytes decide, not the name.
    copyFileSync(fixture('header-2-col-table.doc'), join(dir, 'swapped.pdf'))
    copyFileSync(fixture('header-2-col-table.pdf'), join(dir, 'swapped.doc'))
    for (const name of ['swapped.pdf', 'swapped.doc']) {
      const result = await importDocxInWorker(join(dir, name), { timeoutMs: 60_000 })
      expect(result.ok ? result.value.plan.header.agency : result.error.message).toEqual([
        'SỞ NỘI VỤ',
      ])
    }
  })

  it('answers hostile .doc and .pdf files with a Vietnamese refusal', async () => {
    const junkDoc = new Uint8Array(4096).fill(0x41)
    junkDoc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    writeFileSync(join(dir, 'junk.doc'), junkDoc)
    writeFileSync(join(dir, 'scan.pdf'), minimalPdf(SCANNED_PAGE))
    writeFileSync(join(dir, 'cut.pdf'), new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< /Ty'))
    const codes: string[] = []
    for (const name of ['junk.doc', 'scan.pdf', 'cut.pdf']) {
      const result = await importDocxInWorker(join(dir, name), { timeoutMs: 60_000 })
      codes.push(result.ok ? 'ok' : result.error.code)
      expect(result.ok ? '' : result.error.message).toMatch(/^Tệp/)
    }
    expect(codes).toEqual(['doc-damaged', 'pdf-scanned', 'pdf-damaged'])
  })
})

describe('sniffFormat', () => {
  it('tells .docx, .doc, PDF and other files from their first bytes', () => {
    const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array<number>(64).fill(0)])
    expect(sniffFormat(bytes(0x50, 0x4b, 3, 4))).toEqual({ ok: true, value: 'docx' })
    expect(sniffFormat(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toEqual({
      ok: true,
      value: 'doc',
    })
    const pdf = new TextEncoder().encode('\n\n%PDF-1.7\n')
    expect(sniffFormat(pdf)).toEqual({ ok: true, value: 'pdf' })
    const text = sniffFormat(new TextEncoder().encode('xin chào'))
    expect(text.ok ? '' : text.error.message).toBe(
      'Tệp này không phải tệp Word (.docx, .doc) hay PDF nên không nhập được.'
    )
  })
})
