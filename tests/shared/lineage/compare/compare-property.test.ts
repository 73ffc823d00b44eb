import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { listSlots, mapPlanText } from '../../../../shared/lineage'
import { comparePlans, type WordPart } from '../../../../shared/lineage/compare'
import { groupByOwner } from '../../../../shared/lineage/owners'
import { samplePlan, SAMPLES } from '../sample-plans'

const spell = (parts: readonly WordPart[], skip: WordPart['type']) =>
  parts
    .filter(p => p.type !== skip)
    .map(p => p.text)
    .join('')

const EDITS = ['thêm', 'rà soát', 'Ủy ban', '2030', 'kịp thời;']

describe('comparePlans property', () => {
  it('reports every edited block of b = a plus random word edits, and nothing else', () => {
    const plans = SAMPLES.map(samplePlan)
    const edit = fc.record({
      plan: fc.nat({ max: plans.length - 1 }),
      edits: fc.uniqueArray(
        fc.record({ owner: fc.nat(), word: fc.constantFrom(...EDITS), at: fc.nat() }),
        { minLength: 1, maxLength: 12, selector: e => e.owner }
      ),
    })
    fc.assert(
      fc.property(edit, ({ plan: which, edits }) => {
        const older = plans[which]!
        const owners = groupByOwner(listSlots(older)).filter(o => o.slots.length > 0)
        const chosen = new Map(edits.map(e => [owners[e.owner % owners.length]!.key, e]))
        const done = new Set<string>()
        const newer = mapPlanText(older, (slot, text) => {
          const e = chosen.get(slot.owner)
          if (e === undefined || done.has(slot.owner)) {
            return text
          }
          done.add(slot.owner)
          const words = text.split(' ')
          words.splice(e.at % (words.length + 1), 0, e.word)
          return words.join(' ')
        })
        const result = comparePlans(older, newer)
        const reported = new Set(
          result.changes.flatMap(c =>
            c.type === 'changed' || c.type === 'moved' ? [c.newer.key] : []
          )
        )
        expect(reported).toEqual(done)
        expect(result.counts.added + result.counts.removed + result.counts.moved).toBe(0)
        for (const c of result.changes) {
          if (c.type === 'changed' || c.type === 'moved') {
            expect(spell(c.parts, 'added')).toBe(c.older.text)
            expect(spell(c.parts, 'removed')).toBe(c.newer.text)
          }
        }
      }),
      { numRuns: 60 }
    )
  })
})
