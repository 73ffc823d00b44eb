import { describe, expect, it } from 'vitest'
import { applyHints, reuseHints } from '../../../shared/text/reuse-hints'

describe('reuseHints', () => {
  it.each([
    [
      'phấn đấu năm 2023 Chỉ số PAPI cải thiện so với năm 2022',
      'phấn đấu năm 2024 Chỉ số PAPI cải thiện so với năm 2023',
    ],
    ['Năm 2023, tỉnh đạt 44,07 điểm', 'Năm 2024, tỉnh đạt 44,07 điểm'],
    [
      'Nghị định số 90/2013/NĐ-CP ngày 08/8/2013 của Chính phủ',
      'Nghị định số 90/2013/NĐ-CP ngày 08/8/2013 của Chính phủ',
    ],
    ['kế hoạch năm 2025', 'kế hoạch năm 2025'],
  ])('shifts plan years from a 2023 plan into a 2024 plan: %s', (input, expected) => {
    const hints = reuseHints(input, { sourceYear: 2023, targetYear: 2024 })
    expect(applyHints(input, hints)).toBe(expected)
  })

  it('offers huyện → xã in a commune plan, whole words only', () => {
    const text = 'UBND huyện chỉ đạo; Huyện ủy; các xã trên địa bàn huyện.'
    const hints = reuseHints(text, { sourceLevel: 'huyen', targetLevel: 'xa' })
    expect(hints.map(h => [h.found, h.suggestion])).toEqual([
      ['huyện', 'xã'],
      ['huyện', 'xã'],
    ])
    expect(applyHints(text, hints)).toBe('UBND xã chỉ đạo; Huyện ủy; các xã trên địa bàn xã.')
    expect(hints[0]?.reason).toContain('cấp huyện')
  })

  it('says nothing when source and target agree or are unknown', () => {
    expect(
      reuseHints('năm 2023 huyện', {
        sourceYear: 2023,
        targetYear: 2023,
        sourceLevel: 'huyen',
        targetLevel: 'huyen',
      })
    ).toEqual([])
    expect(reuseHints('năm 2023 huyện', {})).toEqual([])
  })
})
