import type { Finding } from '../finding'
import type { Plan } from '../types'
import { planTexts } from './plan-texts'
import { RULES, textFinding } from './rule-kit'

const RULE_DATE =
  'NĐ 30/2020, Phụ lục I, mục II.4: ngày dưới 10 và tháng 1, 2 ghi thêm số 0 ở trước (ngày 02/6/2020)'
const RULE_NUMBER = `${RULES.spelling}: dấu phẩy ngăn cách phần thập phân (44,07 điểm)`

/** `ngày 2/6/2020`, `ngày 02/06/2020`: a date after "ngày" written as d/m/yyyy. */
const DATE = /(?<=(?<![\p{L}])ngày )(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?!\d)/gu
/** `44.07 điểm`, `12.5%`: a decimal point where Vietnamese uses a comma. */
const DECIMAL = /(?<![\d.,/])(\d{1,3})\.(\d{1,2})(?=\s?(?:%|điểm|lần)(?![\p{L}]))/gu

/**
 * Date and number formats: dates after "ngày" as `dd/m/yyyy` with a zero before a day under 10
 * and before months 1 and 2 only (as for the date of issue), and decimal commas in scores and
 * percentages. Both have a fix.
 */
export function checkNumberFormat(plan: Plan): Finding[] {
  const out: Finding[] = []
  for (const source of planTexts(plan)) {
    const { text } = source
    if (!/\d/.test(text)) {
      continue
    }
    for (const m of text.matchAll(DATE)) {
      const day = Number(m[1])
      const month = Number(m[2])
      if (day < 1 || day > 31 || month < 1 || month > 12) {
        continue
      }
      const want = `${day < 10 ? '0' : ''}${day}/${month < 3 ? '0' : ''}${month}/${m[3]}`
      if (want !== m[0]) {
        out.push(
          textFinding(
            'info',
            'proof.date-format',
            `Viết ngày tháng là “${want}”.`,
            RULE_DATE,
            source,
            m.index,
            m[0],
            want
          )
        )
      }
    }
    for (const m of text.matchAll(DECIMAL)) {
      const want = `${m[1]},${m[2]}`
      out.push(
        textFinding(
          'warning',
          'proof.decimal-comma',
          `Số thập phân viết dấu phẩy: “${want}”.`,
          RULE_NUMBER,
          source,
          m.index,
          m[0],
          want
        )
      )
    }
  }
  return out
}
