import { describe, expect, it } from 'vitest'
import { scanYears } from '../../../shared/lineage'

const CASES: [string, string][] = [
  ['trong năm 2024', '2024:bare'],
  ['Quý III năm 2024', '2024:bare'],
  ['trước ngày 15/12/2024.', '2024:date'],
  ['ngày 31 tháng 5 năm 2021', '2021:date'],
  ['Nghị định 30/2020/NĐ-CP', '2020:document'],
  ['Kế hoạch số 94/KH-UBND ngày 02/6/2020', '2020:document'],
  ['Quyết định 468/QĐ-TTg, ngày 27/3/2021', '2021:document'],
  ['Đề án số 01-ĐA/BDVTU-UBND ngày 24/4/2019', '2019:document'],
  [
    'Kế hoạch số 9/KH-UBND ngày 1/3/2023 của UBND tỉnh về PAPI năm 2023; năm 2023',
    '2023:document 2023:document 2023:bare',
  ],
  ['Luật Khiếu nại năm 2011', '2011:law'],
  ['Luật Thực hiện dân chủ ở cơ sở 2022 và năm 2023', '2022:law 2023:bare'],
  ['giai đoạn 2021–2025', '2021:range 2025:range'],
  ['nhiệm kỳ 2021 - 2026', '2021:range 2026:range'],
  ['giai đoạn 2021', '2021:range'],
  ['năm 2023 đạt 44,07 điểm', '2023:bare'],
  ['Quyết định số 2007/QĐ-UBND', ''],
  ['đạt 2024,5 điểm; 12024 lượt', ''],
]

describe('scanYears', () => {
  for (const [text, want] of CASES) {
    it(text, () => {
      const got = scanYears(text)
        .map(t => `${t.year}:${t.role}`)
        .join(' ')
      expect(got).toBe(want)
      for (const t of scanYears(text)) {
        expect(text.slice(t.start, t.end)).toBe(String(t.year))
      }
    })
  }
})
