import { describe, expect, it } from 'vitest'
import {
  BLANK,
  appendixReference,
  formatDate,
  formatDay,
  formatMonth,
  formatNumberLine,
  issuerName,
} from '../../shared/model/format-header'
import type { Header } from '../../shared/model/types'

const header = (over: Partial<Header> = {}): Header => ({
  agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN VỊ XUYÊN'],
  agencyAbbr: 'UBND',
  number: '154',
  place: 'Vị Xuyên',
  date: { day: 31, month: 5, year: 2021 },
  ...over,
})

describe('formatDay / formatMonth', () => {
  it.each([
    [1, '01'],
    [9, '09'],
    [10, '10'],
    [31, '31'],
    [undefined, BLANK],
  ])('day %s → %s', (day, expected) => {
    expect(formatDay(day)).toBe(expected)
  })

  it.each([
    [1, '01'],
    [2, '02'],
    [3, '3'],
    [5, '5'],
    [9, '9'],
    [12, '12'],
    [undefined, BLANK],
  ])('month %s → %s', (month, expected) => {
    expect(formatMonth(month)).toBe(expected)
  })
})

describe('formatDate', () => {
  it.each([
    ['Vị Xuyên', { day: 31, month: 5, year: 2021 }, 'Vị Xuyên, ngày 31 tháng 5 năm 2021'],
    ['Lộc Bình', { day: 5, month: 1, year: 2024 }, 'Lộc Bình, ngày 05 tháng 01 năm 2024'],
    ['Lào Cai', { day: 22, month: 2, year: 2023 }, 'Lào Cai, ngày 22 tháng 02 năm 2023'],
    ['Lộc Bình', { month: 6, year: 2020 }, `Lộc Bình, ngày ${BLANK} tháng 6 năm 2020`],
    ['Quận 1', {}, `Quận 1, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`],
    ['', { day: 1, month: 12, year: 2025 }, `${BLANK}, ngày 01 tháng 12 năm 2025`],
  ])('%s %j', (place, date, expected) => {
    expect(formatDate(place, date)).toBe(expected)
  })

  it('keeps blanks visible: non-breaking spaces that HTML does not collapse', () => {
    expect(BLANK).toMatch(/^\u00a0{4,}$/)
  })
})

describe('formatNumberLine', () => {
  it.each([
    [{ number: '154' }, 'Số: 154/KH-UBND'],
    [{ number: '5' }, 'Số: 05/KH-UBND'],
    [{ number: ' 166 ' }, 'Số: 166/KH-UBND'],
    [{ number: undefined }, `Số: ${BLANK}/KH-UBND`],
    [{ number: '' }, `Số: ${BLANK}/KH-UBND`],
    [{ number: '12', agencyAbbr: 'BCĐ' }, 'Số: 12/KH-BCĐ'],
  ])('%j → %s', (over, expected) => {
    expect(formatNumberLine(header(over))).toBe(expected)
  })
})

describe('issuerName', () => {
  it.each([
    [['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI'], 'Ủy ban nhân dân tỉnh Lào Cai'],
    [['ỦY BAN NHÂN DÂN', 'HUYỆN VỊ XUYÊN'], 'Ủy ban nhân dân huyện Vị Xuyên'],
    [['ỦY BAN NHÂN DÂN', 'XÃ LIÊN HỘI'], 'Ủy ban nhân dân xã Liên Hội'],
    [['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ LẠNG SƠN'], 'Ủy ban nhân dân thành phố Lạng Sơn'],
    [['ỦY BAN NHÂN DÂN', 'QUẬN 1'], 'Ủy ban nhân dân quận 1'],
    [['SỞ NỘI VỤ'], 'Sở Nội vụ'],
    [['ỦY BAN NHÂN DÂN', ''], 'Ủy ban nhân dân'],
    [[], ''],
  ])('%j → %s', (agency, expected) => {
    expect(issuerName(header({ agency }))).toBe(expected)
  })

  it('prefers the explicit issuerName', () => {
    expect(issuerName(header({ issuerName: 'UBND tỉnh Lào Cai' }))).toBe('UBND tỉnh Lào Cai')
  })

  it('returns NFC text', () => {
    const name = issuerName(header())
    expect(name).toBe(name.normalize('NFC'))
  })
})

describe('appendixReference', () => {
  it('fills the line from the header', () => {
    expect(appendixReference(header())).toBe(
      '(Kèm theo Kế hoạch số 154/KH-UBND ngày 31 tháng 5 năm 2021 của Ủy ban nhân dân huyện Vị Xuyên)'
    )
  })

  it('leaves blanks where the header is blank', () => {
    const draft = header({ number: undefined, date: { month: 6, year: 2020 } })
    expect(appendixReference(draft)).toBe(
      `(Kèm theo Kế hoạch số ${BLANK}/KH-UBND ngày ${BLANK} tháng 6 năm 2020 của Ủy ban nhân dân huyện Vị Xuyên)`
    )
  })
})
