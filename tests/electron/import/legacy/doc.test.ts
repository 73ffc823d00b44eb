import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDoc } from '../../../../electron/main/import/import-doc'
import { corpus } from '../corpus/cases'
import { comparePlan } from '../corpus/expect'
import { loadSamples } from '../../../shared/docx/samples'
import { LEGACY_CASES } from './cases'
import { planFacts } from './plan-facts'

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(import.meta.dirname, 'fixtures', name)))

describe('.doc (Word 97–2003) import: LibreOffice conversions of the Word-written corpus', () => {
  for (const name of LEGACY_CASES) {
    it(`${name}.doc yields the same plan facts as the .docx`, async () => {
      const c = corpus().find(x => x.name === name)
      const result = await importDoc(fixture(`${name}.doc`))
      if (!result.ok || !c) {
        throw new Error(result.ok ? `no corpus case ${name}` : result.error.message)
      }
      const { fields, rows } = comparePlan(result.value.plan, c.expected)
      expect([...fields, ...rows].filter(f => f.want !== f.got)).toEqual([])
    })
  }
})

describe('.doc import of a sample plan exported by the app and saved as Word 97', () => {
  it('gives back header, sections with their items, recipients, signer and appendix rows', async () => {
    const sample = loadSamples().find(s => s.name === '002.kehoach')
    const result = await importDoc(fixture('sample-002.doc'))
    if (!result.ok || !sample) {
      throw new Error(result.ok ? 'no sample 002' : result.error.message)
    }
    expect(planFacts(result.value.plan)).toEqual(planFacts(sample.plan))
    expect(result.value.plan.appendices.length).toBeGreaterThan(0)
  })
})
