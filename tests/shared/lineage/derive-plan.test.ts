import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  applyChanges,
  derivePlan,
  type LevelWordRules,
  type PhraseRule,
} from '../../../shared/lineage'
import type { AgencyProfile } from '../../../shared/model/profile'
import { countOf, planText, samplePlan } from './sample-plans'

type Expected = {
  source: string
  level: 'huyen' | 'xa'
  profile: AgencyProfile
  preamble: string
  changes: { kind: string; label: string; before: string; after: string }[]
  upperOnly: string[]
  absent: string[]
  keep: string[]
  appear: string[]
}

const root = resolve(import.meta.dirname, '../../..')
const read = (file: string): unknown => JSON.parse(readFileSync(resolve(root, file), 'utf8'))

function rules(level: 'huyen' | 'xa') {
  const words = read('resources/lineage/level-words.json') as {
    levels: Record<string, LevelWordRules>
  }
  const agencies = read('resources/lineage/agencies.json') as {
    levels: Record<string, PhraseRule[]>
  }
  return { levelWords: words.levels[level]!, agencies: agencies.levels[level]! }
}

describe('derivePlan against hand-written expectations', () => {
  for (const name of ['derive-004-huyen', 'derive-003-xa']) {
    it(name, () => {
      const want = read(`tests/shared/lineage/expected/${name}.json`) as Expected
      const source = samplePlan(want.source)
      const { plan, changes } = derivePlan(source, {
        level: want.level,
        profile: want.profile,
        ...rules(want.level),
      })
      expect(plan.preamble[0]).toMatchObject({ content: [{ text: want.preamble }] })
      expect(plan.header).toEqual({
        agency: want.profile.agency,
        agencyAbbr: 'UBND',
        place: want.profile.place,
        date: { year: source.header.date.year },
        level: want.level,
      })
      expect(plan.signature.signer).toBe(want.profile.signer)
      expect(plan.subject).toBe(source.subject)
      // Structure kept: same sections, same blocks under them, same appendix rows.
      expect(plan.sections.map(s => [s.id, s.title, s.children.length])).toEqual(
        source.sections.map(s => [s.id, s.title, s.children.length])
      )
      expect(plan.appendices.map(a => a.rows.length)).toEqual(
        source.appendices.map(a => a.rows.length)
      )
      for (const c of want.changes) {
        const found = changes.filter(
          x => x.kind === c.kind && x.location.label === c.label && x.before === c.before
        )
        expect(found.length, JSON.stringify(c)).toBeGreaterThan(0)
        expect(found.every(x => x.after === c.after)).toBe(true)
      }
      expect(changes.filter(c => c.kind === 'upper-only').map(c => c.location.label)).toEqual(
        want.upperOnly
      )
      const before = planText(source)
      // The inserted preamble quotes the source's trích yếu; the rest is compared with the source.
      const after = planText({ ...plan, preamble: plan.preamble.slice(1) })
      for (const phrase of want.absent) {
        expect(countOf(before, phrase), phrase).toBeGreaterThan(0)
        expect(countOf(after, phrase), phrase).toBe(0)
      }
      for (const phrase of want.keep) {
        expect(countOf(after, phrase), phrase).toBe(countOf(before, phrase))
        expect(countOf(before, phrase), phrase).toBeGreaterThan(0)
      }
      for (const phrase of want.appear) {
        expect(countOf(after, phrase), phrase).toBeGreaterThan(0)
      }
      expect(applyChanges(source, changes)).toEqual(plan)
    })
  }
})
