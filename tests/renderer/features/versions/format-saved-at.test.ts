import { describe, expect, it } from 'vitest'
import {
  formatSavedAt,
  formatSize,
  savedAtTitle,
} from '../../../../renderer/features/versions/format-saved-at'

/** An ISO time from local date parts (the list shows the clerk's local time). */
const local = (...parts: [number, number, number, number, number, number]) =>
  new Date(...parts).toISOString()

describe('formatSavedAt', () => {
  const now = new Date(2026, 11, 5, 9, 0, 0)
  it.each([
    [local(2026, 11, 5, 8, 5, 32), 'Hôm nay, 08:05:32'],
    [local(2026, 11, 4, 23, 59, 1), 'Hôm qua, 23:59:01'],
    [local(2026, 11, 3, 14, 0, 0), 'Thứ Năm 03/12/2026, 14:00:00'],
    [local(2026, 10, 29, 7, 3, 9), 'Chủ nhật 29/11/2026, 07:03:09'],
    ['không phải ngày', 'không phải ngày'],
  ])('%s → %s', (iso, expected) => {
    expect(formatSavedAt(iso, now)).toBe(expected)
  })

  it('titles a version with its full time', () => {
    expect(savedAtTitle(local(2026, 0, 2, 3, 4, 5))).toBe('03:04:05 ngày 02/01/2026')
  })

  it.each([
    [300, '1 KB'],
    [31_683, '31 KB'],
    [1_300_000, '1,2 MB'],
  ])('%d bytes → %s', (bytes, expected) => {
    expect(formatSize(bytes)).toBe(expected)
  })
})
