import { describe, expect, it } from 'vitest'
import { carryForward, listSlots } from '../../../../shared/lineage'
import { comparePlans, type CompareChange } from '../../../../shared/lineage/compare'
import { groupByOwner } from '../../../../shared/lineage/owners'
import { samplePlan, SAMPLES } from '../sample-plans'
import { ADDED_TEXT, editedSample, renamedIds } from './edited-sample'

const summary = (c: CompareChange) => ({
  type: c.type,
  older: 'older' in c ? c.older.key : undefined,
  newer: 'newer' in c ? c.newer.key : undefined,
})

describe('comparePlans on an edited sample', () => {
  it('finds the added, removed, changed and moved blocks, in document order', () => {
    const { older, newer, edited, movedIds } = editedSample()
    const result = comparePlans(older, newer)
    expect(result.counts).toEqual({ added: 1, removed: 2, changed: 2, moved: 2 })
    const row = older.appendices[0]!.rows.find(r => r.type === 'task')!
    expect(result.changes.map(summary)).toEqual([
      { type: 'changed', older: edited, newer: edited },
      { type: 'moved', older: movedIds[0], newer: movedIds[0] },
      { type: 'moved', older: movedIds[1], newer: movedIds[1] },
      { type: 'removed', older: 'block:s001-b65', newer: undefined },
      { type: 'removed', older: 'block:s001-b66', newer: undefined },
      { type: 'added', older: undefined, newer: 'block:new-1' },
      {
        type: 'changed',
        older: `row:${older.appendices[0]!.id}:${row.id}`,
        newer: `row:${older.appendices[0]!.id}:${row.id}`,
      },
    ])
    expect(result.changes.map(c => c.id)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7'])
    const first = result.changes[0]!
    expect(first.type === 'changed' && first.parts.filter(p => p.type !== 'same')).toEqual([
      { type: 'added', text: ' và hằng tháng' },
    ])
    const added = result.changes[5]!
    expect(added.type === 'added' && added.newer.text).toBe(ADDED_TEXT)
    const moved = result.changes[1]!
    expect(moved.type === 'moved' && moved.older.label).toBe('Mục III, 12.')
    expect(moved.type === 'moved' && moved.newer.label).toBe('Mục III, 1.')
  })

  it('aligns by text when the ids differ (a Word import of the newer plan)', () => {
    const { older, newer } = editedSample()
    const result = comparePlans(older, renamedIds(newer))
    expect(result.counts).toEqual({ added: 1, removed: 2, changed: 2, moved: 2 })
  })

  it('places a removed block before the newer block that follows it', () => {
    const { older, newer } = editedSample()
    const result = comparePlans(older, newer)
    const removed = result.entries.find(e => e.type === 'removed')!
    const next = result.entries.find(
      e => 'newer' in e && e.newer.index === (removed.type === 'removed' ? removed.before : -1)
    )
    expect(next !== undefined && 'newer' in next && next.newer.text).toBe('Phòng Tư pháp')
  })
})

describe('comparePlans on the samples', () => {
  for (const name of SAMPLES) {
    it(`sample ${name} against itself has no changes`, () => {
      const plan = samplePlan(name)
      const result = comparePlans(plan, plan)
      expect(result.changes).toEqual([])
      expect(result.entries.every(e => e.type === 'same')).toBe(true)
    })

    it(`sample ${name} carried forward differs from it by exactly the year changes`, () => {
      const source = samplePlan(name)
      const carried = carryForward(source, { toYear: 2031 })
      const result = comparePlans(source, carried.plan)
      const slots = listSlots(source)
      const owners = new Map(groupByOwner(slots).flatMap(o => o.slots.map(s => [s.key, o.key])))
      const yearOwners = new Set(
        carried.changes.filter(c => c.kind === 'year').map(c => owners.get(c.location.slot))
      )
      const bodyChanges = result.changes
      expect(result.counts.added + result.counts.removed + result.counts.moved).toBe(0)
      const changedKeys = new Set(
        bodyChanges.flatMap(c => (c.type === 'changed' ? [c.newer.key] : []))
      )
      const numbered = source.header.number === undefined ? [] : ['header:number']
      const expectedKeys = new Set([...yearOwners, ...numbered, 'header:date'])
      expect(changedKeys).toEqual(expectedKeys)
      for (const change of bodyChanges) {
        if (change.type !== 'changed' || change.newer.key.startsWith('header:')) {
          continue
        }
        for (const part of change.parts.filter(p => p.type !== 'same')) {
          expect(part.text.trim(), change.newer.label).toBe(
            part.type === 'added' ? '2031' : String(carried.fromYear)
          )
        }
      }
    })
  }
})
