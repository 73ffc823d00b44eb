import { describe, expect, it } from 'vitest'
import { createPlan } from '../../../shared/model/create-plan'
import { restorePlanFile } from '../../../shared/model/restore'
import { serialisePlan } from '../../../shared/model/serialise'
import type { Plan, Provenance } from '../../../shared/model/types'
import { samplePlan } from '../lineage/sample-plans'

const provenance: Provenance = {
  kind: 'derive',
  file: 'Kế hoạch 166.docx',
  number: '166/KH-UBND',
  date: { day: 22, month: 3, year: 2023 },
  issuer: 'Ủy ban nhân dân tỉnh Lào Cai',
  subject: 'Cải thiện, nâng cao Chỉ số PAPI năm 2023',
  level: 'huyen',
  createdAt: '2026-12-05T07:30:00.000Z',
}

function restored(raw: unknown) {
  const result = restorePlanFile(raw)
  if (!result.ok) {
    throw new Error(result.error.message)
  }
  return result
}

const envelope = (plan: unknown) => ({ format: 'soan-ke-hoach/plan', schemaVersion: 1, plan })

describe('restore: provenance', () => {
  it('opens an old file without provenance unchanged, with no repairs', () => {
    const old = samplePlan('002')
    expect(old.provenance).toBeUndefined()
    const { plan, repairs } = restored(JSON.parse(serialisePlan(old)))
    expect(repairs).toEqual([])
    expect(plan).toEqual(old)
    expect('provenance' in plan).toBe(false)
  })

  it('round-trips a plan with provenance', () => {
    const plan: Plan = { ...createPlan({ year: 2024 }), provenance }
    const back = restored(JSON.parse(serialisePlan(plan)))
    expect(back.repairs).toEqual([])
    expect(back.plan.provenance).toEqual(provenance)
  })

  it.each([
    ['an unknown kind', { ...provenance, kind: 'copy' }],
    ['a missing time', { ...provenance, createdAt: undefined }],
    ['a time that is not ISO 8601', { ...provenance, createdAt: 'hôm qua' }],
    ['a string', 'Kế hoạch 166'],
  ])('drops provenance with %s, with a repair', (_name, bad) => {
    const { plan, repairs } = restored(envelope({ ...createPlan({ year: 2024 }), provenance: bad }))
    expect(plan.provenance).toBeUndefined()
    expect(repairs.map(r => r.path)).toContain('plan.provenance')
  })

  it('repairs bad parts and keeps the rest', () => {
    const raw = { ...provenance, date: { day: 40, month: 3, year: 2023 }, level: 'tinh', file: 7 }
    const { plan, repairs } = restored(envelope({ ...createPlan({ year: 2024 }), provenance: raw }))
    expect(plan.provenance).toEqual({
      ...provenance,
      file: '7',
      date: { month: 3, year: 2023 },
      level: 'huyen',
    })
    expect(repairs.map(r => r.path).sort()).toEqual([
      'plan.provenance.date.day',
      'plan.provenance.file',
      'plan.provenance.level',
    ])
  })
})
