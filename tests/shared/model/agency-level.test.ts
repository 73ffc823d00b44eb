import { describe, expect, it } from 'vitest'
import { agencyLevel } from '../../../shared/model/agency-level'
import { createPlan } from '../../../shared/model/create-plan'
import { reuseContext } from '../../../shared/library/reuse-context'
import { applyHints, reuseHints } from '../../../shared/text/reuse-hints'
import type { AgencyLevel, Header } from '../../../shared/model/types'

const header = (agency: string[], extra: Partial<Header> = {}): Header => ({
  agency,
  agencyAbbr: 'UBND',
  place: '',
  date: {},
  ...extra,
})

describe('agencyLevel', () => {
  const cases: [string[], AgencyLevel | undefined][] = [
    [['ỦY BAN NHÂN DÂN', 'XÃ TÂN LẬP'], 'xa'],
    [['ỦY BAN NHÂN DÂN XÃ TÂN LẬP'], 'xa'],
    [['UBND PHƯỜNG HOÀNG VĂN THỤ'], 'xa'],
    [['ỦY BAN NHÂN DÂN', 'THỊ TRẤN NA DƯƠNG'], 'xa'],
    [['ỦY BAN NHÂN DÂN', 'HUYỆN LỘC BÌNH'], 'huyen'],
    [['ỦY BAN NHÂN DÂN', 'THỊ XÃ SA PA'], 'huyen'],
    [['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ LẠNG SƠN'], 'huyen'],
    [['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI'], 'tinh'],
    [['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI'], 'tinh'],
    [['UBND TỈNH LÀO CAI', 'SỞ NỘI VỤ'], 'tinh'],
    [['ỦY BAN NHÂN DÂN', ''], undefined],
    [['PHÒNG NỘI VỤ'], undefined],
  ]
  it.each(cases)('%j → %s', (agency, level) => {
    expect(agencyLevel(header(agency))).toBe(level)
  })

  it('keeps the level stored in the profile', () => {
    expect(agencyLevel(header(['ỦY BAN NHÂN DÂN', 'XÃ TÂN LẬP'], { level: 'huyen' }))).toBe('huyen')
  })
})

describe('reuse hints for a new plan without a level (reported bug)', () => {
  const plan = createPlan({ agency: ['ỦY BAN NHÂN DÂN', 'XÃ TÂN LẬP'], year: 2025 })
  const text = 'Công khai trên Trang thông tin điện tử của huyện.'

  it('derives the plan level and offers huyện → xã for a district clause', () => {
    expect(plan.header.level).toBeUndefined()
    const context = reuseContext({ level: 'huyen', year: 2025 }, plan)
    expect(context.targetLevel).toBe('xa')
    const hints = reuseHints(text, context)
    expect(hints.map(h => `${h.found}→${h.suggestion}`)).toEqual(['huyện→xã'])
    expect(applyHints(text, hints)).toBe('Công khai trên Trang thông tin điện tử của xã.')
  })

  it('derives the source level from the issuer when the clause has none', () => {
    const context = reuseContext({ issuer: 'Ủy ban nhân dân huyện Lộc Bình' }, plan)
    expect(context.sourceLevel).toBe('huyen')
    expect(reuseHints(text, context)).toHaveLength(1)
  })
})
