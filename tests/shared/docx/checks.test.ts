import { describe, expect, it } from 'vitest'
import { defaultFileName } from '../../../shared/docx/default-file-name'
import { checkLayoutSettings, DEFAULT_LAYOUT } from '../../../shared/docx/layout-settings'
import { preflight } from '../../../shared/docx/preflight'
import { fixturePlan } from './fixture'

describe('checkLayoutSettings', () => {
  it('accepts the defaults', () => {
    expect(checkLayoutSettings(DEFAULT_LAYOUT)).toEqual([])
  })

  it('warns outside the ranges, naming the rule in Vietnamese', () => {
    const findings = checkLayoutSettings({
      ...DEFAULT_LAYOUT,
      marginLeft: 25,
      bodySize: 12,
      numberSize: 14,
    })
    expect(findings.map(f => f.code)).toEqual([
      'layout.marginLeft-out-of-range',
      'layout.bodySize-out-of-range',
      'layout.numberSize-out-of-range',
    ])
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      rule: 'NĐ 30/2020, Phụ lục I: lề trái 30–35 mm',
    })
    expect(findings[0]?.location).toEqual({ field: 'layout.marginLeft' })
  })

  it('only bounds paragraph spacing from below', () => {
    expect(checkLayoutSettings({ ...DEFAULT_LAYOUT, spacingBefore: 30 })).toEqual([])
    const [f] = checkLayoutSettings({ ...DEFAULT_LAYOUT, spacingBefore: 3 })
    expect(f?.message).toBe('Giá trị 3 nhỏ hơn mức tối thiểu 6.')
  })
})

describe('preflight', () => {
  it('is clean for the fixture plan', () => {
    expect(preflight(fixturePlan(), DEFAULT_LAYOUT)).toEqual([])
  })

  it('warns when an appendix exists but the body never mentions "Phụ lục"', () => {
    const plan = fixturePlan({ preamble: [] })
    expect(preflight(plan, DEFAULT_LAYOUT).map(f => f.code)).toEqual(['appendix.not-mentioned'])
  })

  it.each([
    [{ day: 31, month: 2, year: 2021 }, 'header.date-impossible'],
    [{ day: 29, month: 2, year: 2023 }, 'header.date-impossible'],
    [{ day: 31, month: 4, year: 2021 }, 'header.date-impossible'],
    [{ day: 0, month: 4, year: 2021 }, 'header.day-out-of-range'],
    [{ day: 3, month: 13, year: 2021 }, 'header.month-out-of-range'],
  ])('flags the date %o', (date, code) => {
    const plan = fixturePlan()
    const findings = preflight({ ...plan, header: { ...plan.header, date } }, DEFAULT_LAYOUT)
    // The fixture's deadline and timeline are in 2021: in a plan of another year they are stale.
    const stale = date.year === 2021 ? [] : ['consistency.deadline', 'consistency.deadline']
    expect(findings.map(f => f.code)).toEqual([code, ...stale])
    expect(findings[0]?.severity).toBe('error')
    expect(findings[0]?.rule).toMatch(/^NĐ 30\/2020, Phụ lục I/)
  })

  it('names the impossible date with the decree padding', () => {
    const plan = fixturePlan()
    const [f] = preflight(
      { ...plan, header: { ...plan.header, date: { day: 31, month: 2, year: 2021 } } },
      DEFAULT_LAYOUT
    )
    expect(f?.message).toBe('Không có ngày 31 tháng 02 năm 2021.')
  })

  it('accepts 29 February of a leap year', () => {
    const plan = fixturePlan()
    const findings = preflight(
      { ...plan, header: { ...plan.header, date: { day: 29, month: 2, year: 2024 } } },
      DEFAULT_LAYOUT
    )
    // Only the fixture's 2021 deadline and timeline remain, stale in a 2024 plan.
    expect(findings.map(f => f.code)).toEqual(['consistency.deadline', 'consistency.deadline'])
  })
})

describe('defaultFileName', () => {
  it('is KH-UBND <year> - <subject shortened to ~60 characters>.docx', () => {
    const name = defaultFileName(fixturePlan())
    expect(name).toBe('KH-UBND 2021 - Cải thiện và nâng cao Chỉ số hiệu quả quản trị và hành.docx')
    expect(name.length).toBeLessThanOrEqual(60 + 'KH-UBND 2021 - .docx'.length)
  })

  it('drops characters Windows forbids and uses the fallback year', () => {
    const plan = fixturePlan({ subject: 'Kế hoạch: "PAPI" <2024> a/b\\c|d?e*' })
    const name = defaultFileName({ ...plan, header: { ...plan.header, date: {} } }, '.docx', 2024)
    expect(name).toBe('KH-UBND 2024 - Kế hoạch PAPI 2024 a b c d e.docx')
    expect(name).not.toMatch(/[<>:"/\\|?*]/)
  })

  it('falls back to the code alone without a subject', () => {
    expect(defaultFileName(fixturePlan({ subject: '  ' }))).toBe('KH-UBND 2021.docx')
  })

  it('names a plan file the same way', () => {
    expect(defaultFileName(fixturePlan(), '.kehoach')).toBe(
      'KH-UBND 2021 - Cải thiện và nâng cao Chỉ số hiệu quả quản trị và hành.kehoach'
    )
  })
})
