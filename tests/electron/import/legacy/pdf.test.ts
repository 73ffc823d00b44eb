import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { importPdf } from '../../../../electron/main/import/import-pdf'
import { loadSamples } from '../../../shared/docx/samples'
import { corpus } from '../corpus/cases'
import { comparePlan } from '../corpus/expect'
import { LEGACY_CASES } from './cases'
import { minimalPdf, SCANNED_PAGE } from './minimal-pdf'
import { planFacts } from './plan-facts'

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(import.meta.dirname, 'fixtures', name)))

/**
 * What a PDF cannot show: a cell merged down prints its text once, so the rows below it have
 * that cell empty (the .docx and .doc know the merge).
 */
const PDF_CANNOT_SEE: Readonly<Record<string, readonly string[]>> = {
  'appendix-merged-multi-row-header': ['appendix[0].row[2]'],
}

describe('text PDF import: LibreOffice PDFs of the Word-written corpus', () => {
  for (const name of LEGACY_CASES) {
    it(`${name}.pdf yields the .docx plan facts`, async () => {
      const c = corpus().find(x => x.name === name)
      const result = await importPdf(fixture(`${name}.pdf`))
      if (!result.ok || !c) {
        throw new Error(result.ok ? `no corpus case ${name}` : result.error.message)
      }
      const { fields, rows } = comparePlan(result.value.plan, c.expected)
      const wrong = [...fields, ...rows].filter(f => f.want !== f.got).map(f => f.field)
      expect(wrong).toEqual(PDF_CANNOT_SEE[name] ?? [])
    })
  }
})

describe('text PDF import of a sample plan exported by the app', () => {
  it('rebuilds header, trích yếu, sections with their items, Nơi nhận and signer', async () => {
    const sample = loadSamples().find(s => s.name === '002.kehoach')
    const result = await importPdf(fixture('sample-002.pdf'))
    if (!result.ok || !sample) {
      throw new Error(result.ok ? 'no sample 002' : result.error.message)
    }
    const want = planFacts(sample.plan)
    const got = planFacts(result.value.plan)
    for (const key of ['agency', 'parentAgency', 'number', 'date', 'level', 'subject']) {
      expect(got[key], key).toEqual(want[key])
    }
    expect(got.recipients).toEqual(want.recipients)
    expect(got.signer).toEqual(want.signer)
    const sections = got.sections as [string, string[]][]
    const wanted = want.sections as [string, string[]][]
    expect(sections.map(s => s[0])).toEqual(wanted.map(s => s[0]))
    // Every section but the last (which also receives the appendix text the PDF could not
    // rebuild as a table) has exactly the items of the plan, levels and styles included.
    expect(sections.slice(0, -1)).toEqual(wanted.slice(0, -1))
    expect(result.value.plan.appendices.map(a => a.title)).toEqual(
      sample.plan.appendices.map(a => a.title)
    )
  })

  it('drops page numbers and joins lines across page breaks', async () => {
    const result = await importPdf(fixture('sample-002.pdf'))
    const text = result.ok ? JSON.stringify(result.value.plan.sections) : ''
    expect(text).not.toMatch(/"text":"\d{1,2}"/)
    expect(text).toContain('Nâng cao trách nhiệm của người đứng đầu, tạo sự chuyển biến về nhận')
  })
})

describe('PDFs that cannot be read give their own Vietnamese message', () => {
  it('a scanned PDF (only an image, no text layer)', async () => {
    const result = await importPdf(minimalPdf(SCANNED_PAGE))
    expect(result.ok ? 'ok' : result.error.code).toBe('pdf-scanned')
    expect(result.ok ? '' : result.error.message).toMatch(/^Tệp PDF này là bản quét \(ảnh\)/)
  })

  it('a password-protected PDF', async () => {
    const result = await importPdf(fixture('encrypted.pdf'))
    expect(result.ok ? 'ok' : result.error.code).toBe('pdf-encrypted')
  })

  it('a truncated PDF and garbage behind %PDF-', async () => {
    const whole = fixture('header-2-col-table.pdf')
    const junk = new Uint8Array(4096).map((_, i) => (i * 31 + 7) % 256)
    junk.set(new TextEncoder().encode('%PDF-1.7\n'))
    for (const bytes of [whole.slice(0, 600), junk]) {
      const result = await importPdf(bytes)
      expect(result.ok ? 'ok' : result.error.code).toMatch(/^pdf-(damaged|scanned)$/)
    }
  })
})
