import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createPlan } from '../../../shared/model/create-plan'
import { restorePlan, restorePlanFile } from '../../../shared/model/restore'
import { serialisePlan } from '../../../shared/model/serialise'
import type { Plan } from '../../../shared/model/types'
import { rawBlock, rawSections, textsOf } from './arbitraries'

function restoredOk(raw: unknown): { plan: Plan; repairs: readonly { path: string }[] } {
  const result = restorePlanFile(raw)
  if (!result.ok) {
    throw new Error(result.error.message)
  }
  return result
}

describe('restorePlanFile: the envelope', () => {
  it.each([
    ['null', null, 'not-a-plan'],
    ['an array', [], 'not-a-plan'],
    ['a foreign JSON file', { name: 'package' }, 'not-a-plan'],
    [
      'a newer version',
      { format: 'soan-ke-hoach/plan', schemaVersion: 99, plan: {} },
      'newer-version',
    ],
    ['no version', { format: 'soan-ke-hoach/plan', plan: {} }, 'corrupt'],
    ['no plan', { format: 'soan-ke-hoach/plan', schemaVersion: 1 }, 'corrupt'],
  ])('refuses %s with a Vietnamese message', (_name, raw, code) => {
    const result = restorePlanFile(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe(code)
      expect(result.error.message).toMatch(/[ạảấầẩậắằặẻếềệỉịọỏốồổộớờởợụủứừửựỳỵỷ]/u)
    }
  })

  it('round-trips a new plan with no repairs', () => {
    const plan = createPlan({
      agency: ['ỦY BAN NHÂN DÂN', 'XÃ LIÊN HỘI'],
      place: 'Liên Hội',
      year: 2024,
    })
    const { plan: back, repairs } = restoredOk(JSON.parse(serialisePlan(plan)))
    expect(repairs).toEqual([])
    expect(back).toEqual(plan)
  })
})

describe('restorePlan: repairs', () => {
  it('adds missing required sections and orders them', () => {
    const result = restorePlan({
      sections: [
        { type: 'section', id: 'o', role: 'organization', title: 'TỔ CHỨC', children: [] },
        { type: 'section', id: 'x', role: 'extra', title: 'KINH PHÍ', children: [] },
        { type: 'section', id: 'p', role: 'purpose', title: 'MỤC ĐÍCH', children: [] },
      ],
    })
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.plan.sections.map(s => s.role)).toEqual([
        'purpose',
        'tasks',
        'extra',
        'organization',
      ])
      expect(result.repairs.map(r => r.message).join(' ')).toContain('NHIỆM VỤ, GIẢI PHÁP')
    }
  })

  it('turns a decimal item inside a point into a dash and keeps a too-deep item as a paragraph', () => {
    const result = restorePlan({
      sections: [
        {
          type: 'section',
          id: 's',
          role: 'purpose',
          title: 'T',
          children: [
            {
              type: 'item',
              id: 'a',
              style: 'letter',
              content: [{ text: 'a' }],
              children: [
                {
                  type: 'item',
                  id: 'b',
                  style: 'decimal',
                  content: [{ text: 'b' }],
                  children: [
                    {
                      type: 'item',
                      id: 'c',
                      style: 'plus',
                      content: [{ text: 'c' }],
                      children: [
                        {
                          type: 'item',
                          id: 'd',
                          style: 'plus',
                          content: [{ text: 'd' }],
                          children: [],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    })
    if (!result.ok) {
      throw new Error('restore failed')
    }
    const a = result.plan.sections[0]?.children[0]
    expect(a?.type === 'item' && a.children[0]?.type === 'item' && a.children[0].style).toBe('dash')
    expect(JSON.stringify(result.plan)).toContain('"text":"d"')
    expect(result.repairs.length).toBeGreaterThan(0)
  })

  it('normalises decomposed Vietnamese to NFC and says so', () => {
    const result = restorePlan({ subject: 'Tham nhũng'.normalize('NFD') })
    if (!result.ok) {
      throw new Error('restore failed')
    }
    expect(result.plan.subject).toBe('Tham nhũng'.normalize('NFC'))
    expect(result.repairs.some(r => r.message.includes('NFC'))).toBe(true)
  })

  it('drops impossible date parts and issues ids for duplicates', () => {
    const result = restorePlan({
      header: {
        agency: ['UBND'],
        agencyAbbr: 'UBND',
        place: 'X',
        date: { day: 45, month: '5', year: 2024 },
      },
      recipients: [
        { id: 'r', text: 'A' },
        { id: 'r', text: 'B' },
      ],
    })
    if (!result.ok) {
      throw new Error('restore failed')
    }
    expect(result.plan.header.date).toEqual({ month: 5, year: 2024 })
    const [r1, r2] = result.plan.recipients
    expect(r1?.id).not.toBe(r2?.id)
  })
})

describe('restore: properties', () => {
  const rawPlan = fc.record({
    preamble: fc.array(rawBlock, { maxLength: 3 }),
    sections: rawSections,
  })

  it('never drops text', () => {
    fc.assert(
      fc.property(rawPlan, raw => {
        const result = restorePlan(raw)
        expect(result.ok).toBe(true)
        if (result.ok) {
          const before = textsOf(raw)
            .map(t => t.normalize('NFC'))
            .sort()
          const after = textsOf({
            preamble: result.plan.preamble,
            sections: result.plan.sections,
          }).sort()
          for (const text of before) {
            expect(after).toContain(text)
          }
        }
      })
    )
  })

  it('is idempotent: restoring a restored plan changes nothing and repairs nothing', () => {
    fc.assert(
      fc.property(rawPlan, raw => {
        const first = restorePlan(raw)
        if (!first.ok) {
          throw new Error('restore failed')
        }
        const second = restoredOk(JSON.parse(serialisePlan(first.plan)))
        expect(second.repairs).toEqual([])
        expect(second.plan).toEqual(first.plan)
      })
    )
  })

  it('always yields the three required sections in order', () => {
    fc.assert(
      fc.property(rawPlan, raw => {
        const result = restorePlan(raw)
        if (!result.ok) {
          throw new Error('restore failed')
        }
        const roles = result.plan.sections.map(s => s.role).filter(r => r !== 'extra')
        expect(roles).toEqual(['purpose', 'tasks', 'organization'])
        expect(result.plan.sections[0]?.role).toBe('purpose')
        expect(result.plan.sections.at(-1)?.role).toBe('organization')
      })
    )
  })
})
