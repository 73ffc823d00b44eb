import type { Finding } from '../finding'
import type { Plan } from '../types'
import { planTexts } from './plan-texts'
import { RULES, textFinding } from './rule-kit'

const RULE = `${RULES.consistency}: năm nêu trong nội dung là năm của kế hoạch (trừ khi dẫn văn bản, giai đoạn hoặc kết quả đã qua)`

const YEAR = /(?<![\d/.-])(?:19|20)\d{2}(?![\d/])/gu
/** Just before the year: a date (`24/5/`, `tháng 5 năm `), a range start, or a comparison. */
const BEFORE =
  /(?:\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*|\d{1,2}\s*\/\s*|tháng\s+\d{1,2},?\s+năm\s+|(?:19|20)\d{2}\s*[-–]\s*|giai đoạn\s+(?:\d{4}\s*[-–]\s*)?|(?:từ|đến|tới|so với|trước|sau|cùng kỳ|khóa|khoá|nhiệm kỳ|kỳ|sau năm|trong các năm|các năm|năm học|niên độ|niên khóa)(?:\s+năm)?\s+)$/iu
/** Just after the year: the end of a range or a document number (`2021-2025`, `2013/NĐ-CP`). */
const AFTER = /^(?:\s*[-–]\s*(?:19|20)\d{2}|\s*\/)/u
/** Earlier in the sentence: a cited document or a published result (the index of a past year). */
const CONTEXT =
  /(?:số\s+[\p{L}\d]*[/-]|ngày\s+\d|chỉ số|PAPI|PAR INDEX|SIPAS|kết quả|đánh giá|xếp hạng|khảo sát|đã đạt|đạt được|Nghị quyết|Chương trình|Đề án|Chiến lược|Luật|Quyết định|Kế hoạch số|Chỉ thị)[^.;:]*$/iu

/**
 * Past years (before the plan's year: text reused from an earlier plan) in the body, its closing and its table cells (the
 * preamble and căn cứ cite the past on purpose; timelines are checked as deadlines): a year in
 * a date, a range, a comparison, a cited document or a published result is left alone. No fix:
 * the clerk decides which year is meant.
 */
export function checkStrayYears(plan: Plan): Finding[] {
  const year = plan.header.date.year
  if (year === undefined) {
    return []
  }
  const out: Finding[] = []
  for (const source of planTexts(plan)) {
    const inBody = source.section !== undefined || source.kind === 'closing'
    if ((!inBody && source.kind !== 'cell') || source.cellField === 'timeline') {
      continue
    }
    const { text } = source
    for (const m of text.matchAll(YEAR)) {
      if (Number(m[0]) >= year) {
        continue
      }
      const before = text.slice(Math.max(0, m.index - 200), m.index)
      if (BEFORE.test(before) || AFTER.test(text.slice(m.index + 4)) || CONTEXT.test(before)) {
        continue
      }
      out.push(
        textFinding(
          'warning',
          'consistency.stray-year',
          `Năm ${m[0]} là năm đã qua so với kế hoạch năm ${year}: có thể là đoạn lấy từ kế hoạch cũ.`,
          RULE,
          source,
          m.index,
          m[0]
        )
      )
    }
  }
  return out
}
