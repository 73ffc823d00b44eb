import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { carryForward, listSlots, type LineageChange } from '../../../shared/lineage'
import { countOf, planText, samplePlan, SAMPLES } from './sample-plans'

type Expected = {
  fromYear: number
  toYear: number
  changes: { kind: string; label: string; near: string }[]
  keep: string[]
  appear: string[]
}

function expected(name: string): Expected {
  const file = resolve(import.meta.dirname, 'expected', `${name}.json`)
  return JSON.parse(readFileSync(file, 'utf8')) as Expected
}

/** Whether `near` occurs in `text` around the change's span. */
function covers(text: string, near: string, change: LineageChange): boolean {
  const { start, end } = change.location
  if (start === undefined || end === undefined) {
    return false
  }
  for (let at = text.indexOf(near); at >= 0; at = text.indexOf(near, at + 1)) {
    if (at <= start && end <= at + near.length) {
      return true
    }
  }
  return false
}

describe('carryForward on the samples, against hand-written expectations', () => {
  for (const name of SAMPLES) {
    it(`sample ${name}`, () => {
      const source = samplePlan(name)
      const want = expected(name)
      const result = carryForward(source, { toYear: want.toYear })
      expect(result.fromYear).toBe(want.fromYear)
      const slotText = new Map(listSlots(source).map(s => [s.key, s.text]))
      const got = result.changes.map(c => ({ kind: c.kind, label: c.location.label }))
      expect(got).toEqual(want.changes.map(c => ({ kind: c.kind, label: c.label })))
      result.changes.forEach((change, i) => {
        const near = want.changes[i]!.near
        if (change.kind === 'year' || change.kind === 'year-review') {
          expect(change.before).toBe(String(want.fromYear - (change.kind === 'year' ? 0 : 1)))
          expect(change.after).toBe(change.kind === 'year' ? String(want.toYear) : change.before)
          expect(covers(slotText.get(change.location.slot) ?? '', near, change), near).toBe(true)
        } else if (change.kind === 'number-date-cleared') {
          expect(change.after).toContain(near)
        } else {
          expect(change.before, near).toContain(near)
          expect(change.after).toBe(change.before)
        }
      })
      const before = planText(source)
      const after = planText(result.plan)
      for (const phrase of want.keep) {
        expect(countOf(before, phrase), phrase).toBeGreaterThan(0)
        expect(countOf(after, phrase), phrase).toBe(countOf(before, phrase))
      }
      for (const phrase of want.appear) {
        expect(countOf(after, phrase), phrase).toBeGreaterThan(0)
      }
      expect(result.plan.header.number).toBeUndefined()
      expect(result.plan.header.date).toEqual({ year: want.toYear })
    })
  }
})
