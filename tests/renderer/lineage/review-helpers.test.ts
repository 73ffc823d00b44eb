import { describe, expect, it } from 'vitest'
import { carryForward, derivePlan, type LineageChange } from '../../../shared/lineage'
import { changeTarget } from '../../../renderer/features/lineage/change-target'
import { contextParts } from '../../../renderer/features/lineage/context-parts'
import { samplePlan } from '../../shared/lineage/sample-plans'

describe('changeTarget', () => {
  it.each([
    ['header', { block: 'header' }],
    ['subject', { block: 'subject' }],
    ['basis:b1:0', { block: 'subject' }],
    ['signature', { block: 'signature' }],
    ['recipient:r1', { block: 'recipients' }],
    ['block:p7:2', { block: 'p7' }],
    ['block:p7:2:0', { block: 'p7' }],
    ['section-title:s2', { block: 's2' }],
    ['appendix-title:a1', { block: 'a1' }],
    ['cell:a1:row9:lead', { block: 'a1', row: 'row9' }],
    ['group:a1:g2', { block: 'a1', row: 'g2' }],
    ['row:a1:row9', { block: 'a1', row: 'row9' }],
  ])('sends %s to %j', (slot, target) => {
    expect(changeTarget(slot)).toEqual(target)
  })
})

describe('contextParts', () => {
  const { changes } = carryForward(samplePlan('002'), { toYear: 2025 })

  it('splits every year change of sample 002 at the year, in its context', () => {
    const years = changes.filter(c => c.kind === 'year')
    expect(years.length).toBeGreaterThan(0)
    for (const change of years) {
      const parts = contextParts(change)
      expect(parts).toBeDefined()
      expect(`${parts!.lead}${parts!.before}${parts!.tail}`).toBe(change.context)
      expect([parts!.before, parts!.after]).toEqual(['2024', '2025'])
    }
  })

  it('finds the year where excerpt put it, not an earlier equal year', () => {
    const change: LineageChange = {
      id: 'c1',
      kind: 'year',
      location: { slot: 'subject', label: 'Trích yếu', start: 50, end: 54 },
      before: '2024',
      after: '2025',
      context: `…${'x'.repeat(20)} 2024 ${'y'.repeat(14)}2024 z`,
      note: '',
      patch: { type: 'text', start: 50, end: 54, text: '2025' },
    }
    expect(contextParts(change)?.lead).toBe(`…${'x'.repeat(20)} 2024 ${'y'.repeat(14)}`)
  })

  it('gives nothing for flags and whole-part changes', () => {
    for (const change of changes.filter(c => c.kind !== 'year')) {
      expect(contextParts(change)).toBeUndefined()
    }
  })

  it('splits a derived agency name of another length', () => {
    const profile = {
      agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN BẮC HÀ'],
      agencyAbbr: 'UBND',
      place: 'Bắc Hà',
      signatureLines: [],
      signer: '',
      recipients: [],
      archive: 'VT',
    }
    const rules = {
      levelWords: { rewrite: [], upperOnly: [] },
      agencies: [{ from: 'Sở Nội vụ', to: 'Phòng Nội vụ' }],
    }
    const derived = derivePlan(samplePlan('004'), { level: 'huyen', profile, ...rules })
    const agency = derived.changes.find(c => c.kind === 'agency')!
    expect(contextParts(agency)).toMatchObject({ before: 'Sở Nội vụ', after: 'Phòng Nội vụ' })
  })
})
