import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  carryForward,
  derivePlan,
  listSlots,
  mapPlanText,
  type LevelWordRules,
  type LineageChange,
  type PhraseRule,
} from '../../../../shared/lineage'
import { changeStates } from '../../../../shared/lineage/review/change-state'
import { setChangesApplied } from '../../../../shared/lineage/review/set-changes'
import type { Plan } from '../../../../shared/model'
import type { AgencyProfile } from '../../../../shared/model/profile'
import { samplePlan } from '../sample-plans'

const text = (plan: Plan, slot: string) => listSlots(plan).find(s => s.key === slot)?.text
const only = (...ids: string[]) => new Set(ids)
const firstOf = (changes: readonly LineageChange[], kind: string) => {
  const found = changes.find(c => c.kind === kind)
  if (!found) {
    throw new Error(`no ${kind} change`)
  }
  return found
}

describe('review of a carried-forward plan (sample 002)', () => {
  const source = samplePlan('002')
  const { plan, changes } = carryForward(source, { toYear: 2025 })
  const year = firstOf(changes, 'year')

  it('reads every change as applied, and flags as flags, in the plan just made', () => {
    const states = changeStates(plan, source, changes)
    for (const change of changes) {
      expect(states.get(change.id)).toBe(change.patch.type === 'flag' ? 'flag' : 'applied')
    }
  })

  it('undoes one year in the current plan and re-applies it', () => {
    const undone = setChangesApplied(plan, source, changes, only(year.id), false)
    expect(text(undone, year.location.slot)).toBe(text(source, year.location.slot))
    const states = changeStates(undone, source, changes)
    expect(states.get(year.id)).toBe('undone')
    expect([...states.values()].filter(s => s === 'undone')).toHaveLength(1)
    const again = setChangesApplied(undone, source, changes, only(year.id), true)
    expect(text(again, year.location.slot)).toBe(text(plan, year.location.slot))
    expect(changeStates(again, source, changes).get(year.id)).toBe('applied')
  })

  it('returns the same plan when nothing is to change (no empty undo step)', () => {
    expect(setChangesApplied(plan, source, changes, only(year.id), true)).toBe(plan)
    const flag = changes.find(c => c.patch.type === 'flag')!
    expect(setChangesApplied(plan, source, changes, only(flag.id), false)).toBe(plan)
  })

  it('undoes a year after the clerk typed before it in the same text, keeping the typing', () => {
    const slot = year.location.slot
    const typed = mapPlanText(plan, (s, t) => (s.key === slot ? `Dự thảo: ${t}` : t))
    expect(changeStates(typed, source, changes).get(year.id)).toBe('applied')
    const undone = setChangesApplied(typed, source, changes, only(year.id), false)
    expect(text(undone, slot)).toBe(`Dự thảo: ${text(source, slot)}`)
  })

  it('leaves a change whose text the clerk typed over as edited', () => {
    const slot = year.location.slot
    const typed = mapPlanText(plan, (s, t) => (s.key === slot ? 'Viết lại hoàn toàn' : t))
    expect(changeStates(typed, source, changes).get(year.id)).toBe('edited')
    expect(setChangesApplied(typed, source, changes, only(year.id), false)).toBe(typed)
  })

  it('undoes a whole kind at once and restores the cleared number and date', () => {
    const years = new Set(changes.filter(c => c.kind === 'year').map(c => c.id))
    const header = firstOf(changes, 'number-date-cleared')
    const undone = setChangesApplied(plan, source, changes, new Set([...years, header.id]), false)
    expect(undone.subject).toBe(source.subject)
    expect(undone.header).toEqual(source.header)
    const states = changeStates(undone, source, changes)
    expect([...years].every(id => states.get(id) === 'undone')).toBe(true)
    expect(states.get(header.id)).toBe('undone')
  })
})

describe('review of a derived plan (sample 004 → huyện)', () => {
  const root = resolve(import.meta.dirname, '../../../..')
  const read = (file: string) => JSON.parse(readFileSync(resolve(root, file), 'utf8')) as unknown
  const words = read('resources/lineage/level-words.json') as {
    levels: Record<string, LevelWordRules>
  }
  const agencies = read('resources/lineage/agencies.json') as {
    levels: Record<string, PhraseRule[]>
  }
  const profile: AgencyProfile = {
    agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN BẮC HÀ'],
    agencyAbbr: 'UBND',
    level: 'huyen',
    place: 'Bắc Hà',
    signatureLines: [{ prefix: 'TM', text: 'ỦY BAN NHÂN DÂN' }, { text: 'CHỦ TỊCH' }],
    signer: 'Nguyễn Văn A',
    recipients: ['UBND tỉnh;', 'Lưu: VT.'],
    archive: 'VT, NV',
  }
  const source = samplePlan('004')
  const { plan, changes } = derivePlan(source, {
    level: 'huyen',
    profile,
    levelWords: words.levels.huyen!,
    agencies: agencies.levels.huyen!,
  })

  it('undoes an agency of a different length and the one after it in the same text', () => {
    const agency = firstOf(changes, 'agency')
    const sameSlot = changes.filter(
      c => c.location.slot === agency.location.slot && c.patch.type === 'text'
    )
    const ids = new Set(sameSlot.map(c => c.id))
    const undone = setChangesApplied(plan, source, changes, ids, false)
    expect(text(undone, agency.location.slot)).toBe(text(source, agency.location.slot))
    const redone = setChangesApplied(undone, source, changes, ids, true)
    expect(text(redone, agency.location.slot)).toBe(text(plan, agency.location.slot))
  })

  it('removes and puts back the added preamble, and the profile header and signature', () => {
    const ids = new Set(
      changes.filter(c => c.kind === 'preamble-added' || c.kind === 'profile').map(c => c.id)
    )
    const undone = setChangesApplied(plan, source, changes, ids, false)
    expect(undone.preamble.map(b => b.id)).toEqual(source.preamble.map(b => b.id))
    expect(undone.header).toEqual(source.header)
    expect(undone.signature).toEqual(source.signature)
    expect(undone.recipients).toEqual(source.recipients)
    const states = changeStates(undone, source, changes)
    expect([...ids].map(id => states.get(id))).toEqual([...ids].map(() => 'undone'))
    const redone = setChangesApplied(undone, source, changes, ids, true)
    expect(redone.preamble).toEqual(plan.preamble)
    expect(redone.header).toEqual(plan.header)
    expect(redone.recipients).toEqual(plan.recipients)
  })
})
