import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyChanges, carryForward, mapPlanText, undoChange } from '../../../shared/lineage'
import { restorePlanFile, serialisePlan, type Plan } from '../../../shared/model'
import { samplePlan, SAMPLES } from './sample-plans'

const PIECES = [
  'năm ',
  '2023',
  '2024',
  '2025',
  '/',
  '15/12/',
  ' ',
  '-',
  '–',
  'giai đoạn ',
  'Luật A ',
  'số 9/KH-UBND ngày ',
  'đạt 4,5 điểm',
  'xếp hạng 2/63',
  ';',
  '.',
  'Căn cứ ',
  'Thực hiện Kế hoạch số ',
  'Quý III ',
  'đã hoàn thành',
]
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map(p => p.join(''))

/** A sample with random year-laden text put into every 7th text slot. */
const planArb = fc
  .record({
    name: fc.constantFrom(...SAMPLES),
    texts: fc.array(text, { minLength: 1, maxLength: 8 }),
  })
  .map(({ name, texts }) => {
    let n = 0
    return mapPlanText(samplePlan(name), (_slot, t) => {
      n += 1
      return n % 7 === 0 ? texts[n % texts.length]! : t
    })
  })

function roundTrip(plan: Plan) {
  return restorePlanFile(JSON.parse(serialisePlan(plan)))
}

describe('carryForward invariants', () => {
  it('carrying forward by 0 years changes nothing and only flags', () => {
    fc.assert(
      fc.property(planArb, plan => {
        const year = plan.header.date.year!
        const result = carryForward(plan, { toYear: year })
        expect(result.plan).toEqual(plan)
        expect(result.changes.every(c => c.patch.type === 'flag')).toBe(true)
      }),
      { numRuns: 40 }
    )
  })

  it('the new plan always restores with no repairs', () => {
    fc.assert(
      fc.property(planArb, fc.integer({ min: -3, max: 6 }), (plan, delta) => {
        const result = carryForward(plan, { toYear: plan.header.date.year! + delta })
        const restored = roundTrip(result.plan)
        expect(restored.ok).toBe(true)
        if (restored.ok) {
          expect(restored.repairs).toEqual([])
          expect(restored.plan).toEqual(result.plan)
        }
      }),
      { numRuns: 40 }
    )
  })
})

describe('accept and undo', () => {
  it('no accepted change gives the source; all give the carried plan', () => {
    const source = samplePlan('001')
    const result = carryForward(source, { toYear: 2022 })
    expect(applyChanges(source, [])).toEqual(source)
    expect(applyChanges(source, result.changes)).toEqual(result.plan)
  })

  it('undoing one year change restores exactly that year', () => {
    const source = samplePlan('000')
    const result = carryForward(source, { toYear: 2021 })
    const target = result.changes.find(c => c.kind === 'year' && c.location.label === 'Mục III')!
    const undone = undoChange(source, result.changes, target.id)
    expect(undone.subject).toBe(result.plan.subject)
    const deadline = (p: Plan) => JSON.stringify(p.sections).match(/trước 15\/12\/\d{4}/u)?.[0]
    expect(deadline(result.plan)).toBe('trước 15/12/2021')
    expect(deadline(undone)).toBe('trước 15/12/2020')
  })

  it('undoing the number-date change keeps the source header', () => {
    const source = samplePlan('004')
    const result = carryForward(source, { toYear: 2024 })
    const header = result.changes.find(c => c.kind === 'number-date-cleared')!
    const undone = undoChange(source, result.changes, header.id)
    expect(undone.header).toEqual(source.header)
    expect(result.plan.header.number).toBeUndefined()
  })

  it('flags a task whose result says done', () => {
    const source = samplePlan('004')
    const appendix = source.appendices[0]!
    const rows = appendix.rows.map((row, i) =>
      i === 1 && row.type === 'task'
        ? { ...row, fields: { ...row.fields, result: 'Đã hoàn thành' } }
        : row
    )
    const plan = { ...source, appendices: [{ ...appendix, rows }] }
    const done = carryForward(plan, { toYear: 2024 }).changes.filter(c => c.kind === 'task-done')
    expect(done.map(c => c.location.label)).toEqual(['Phụ lục 1, hàng 1'])
    expect(carryForward(source, { toYear: 2024 }).changes.some(c => c.kind === 'task-done')).toBe(
      false
    )
  })
})
