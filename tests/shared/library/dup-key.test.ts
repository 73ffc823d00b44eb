import { describe, expect, it } from 'vitest'
import { dupKey } from '../../../shared/library/dup-key'

/** Pairs a clerk would call "the same clause". */
const SAME: readonly (readonly [string, string])[] = [
  [
    'Phòng Nội vụ chủ trì, tham mưu UBND huyện Lộc Bình triển khai Kế hoạch trước ngày 15/12/2020.',
    'Sở Tư pháp chủ trì, tham mưu Ủy ban nhân dân tỉnh Lào Cai triển khai Kế hoạch trước ngày 20/11/2023.',
  ],
  ['Báo cáo kết quả thực hiện năm 2021', 'Báo  cáo kết quả thực hiện năm 2024.'],
  [
    'Nâng cao Chỉ số PAPI của huyện Vị Xuyên năm 2021',
    'Nâng cao Chỉ số PAPI của xã Liên Hội năm 2024',
  ],
  ['UBND cấp xã thực hiện công khai', 'UBND cấp huyện thực hiện công khai'],
  ['Trên địa bàn thành phố Lạng Sơn', 'Trên địa bàn thị xã Sa Pa'],
  ['Tham nhũng', 'tham nhung'],
]

/** Pairs that differ in meaning. */
const DIFFERENT: readonly (readonly [string, string])[] = [
  ['Tăng cường công tác tuyên truyền', 'Tăng cường công tác kiểm tra'],
  ['Công khai danh sách hộ nghèo', 'Công khai thu chi ngân sách cấp xã'],
  ['Phòng Nội vụ chủ trì thực hiện', 'Phòng Nội vụ phối hợp thực hiện'],
]

describe('dupKey', () => {
  it.each(SAME)('gives near-duplicates one key: %s', (a, b) => {
    expect(dupKey(a)).toBe(dupKey(b))
  })

  it.each(DIFFERENT)('keeps different clauses apart: %s', (a, b) => {
    expect(dupKey(a)).not.toBe(dupKey(b))
  })

  it('ignores whitespace, punctuation, case and normal form', () => {
    const text = 'Kiểm soát tham nhũng trong khu vực công'
    expect(dupKey(`  ${text.normalize('NFD').toUpperCase()} ; `)).toBe(dupKey(text))
  })

  it('keeps a capital that only starts a sentence', () => {
    expect(dupKey('Tăng cường kỷ luật')).toBe('tang cuong ky luat')
  })
})
