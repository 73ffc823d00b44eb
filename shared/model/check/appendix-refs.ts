import type { Finding } from '../finding'
import { fromRoman } from './roman'
import type { Plan } from '../types'
import { planTexts } from './plan-texts'
import { RULES, textFinding } from './rule-kit'

const RULE = `NĐ 30/2020, Phụ lục I, mục IV và ${RULES.consistency.toLowerCase()}: phụ lục được dẫn phải có và khớp với văn bản`

/** `Phụ lục 2`, `Phụ lục số II`, `Phụ lục II`. */
const NUMBERED = /(?<![\p{L}])Phụ lục(?: số)? (\d{1,2}|[IVX]{1,5})(?![\p{L}\d])/gu
/** `Chi tiết tại Phụ lục kèm theo`, `Bảng phân công nhiệm vụ gửi kèm`. */
const ANY =
  /(?:chi tiết (?:tại|theo)|kèm theo|gửi kèm)[^.;]{0,40}(?:phụ lục|bảng phân công)|(?:phụ lục|bảng phân công)[^.;]{0,40}(?:kèm theo|gửi kèm)/iu
/** `Kèm theo Kế hoạch số 154/KH-UBND ngày 31/5/2021`: a hand-typed reference line. */
const REFERENCE =
  /Kèm theo Kế hoạch số\s*(\d+)?[^()]*?ngày\s*(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/iu

/**
 * References to appendices agree with the plan: `Phụ lục II` exists, "chi tiết tại phụ lục
 * kèm theo" in a plan with appendices, and a typed "(Kèm theo Kế hoạch số … ngày …)" carries the
 * header's number and date.
 */
export function checkAppendixRefs(plan: Plan): Finding[] {
  const out: Finding[] = []
  const count = plan.appendices.length
  let mentionsAny = false
  const { header } = plan
  for (const source of planTexts(plan)) {
    const { text } = source
    if (!/phụ lục|kèm/iu.test(text)) {
      continue
    }
    for (const m of text.matchAll(NUMBERED)) {
      const label = m[1] ?? ''
      const n = /\d/.test(label) ? Number(label) : fromRoman(label)
      if (n > count) {
        out.push(
          textFinding(
            'warning',
            'consistency.appendix-missing',
            `Văn bản dẫn “${m[0]}” nhưng kế hoạch ${count === 0 ? 'chưa có phụ lục nào' : `chỉ có ${count} phụ lục`}.`,
            RULE,
            source,
            m.index,
            m[0]
          )
        )
      }
    }
    if (source.kind !== 'heading' && ANY.test(text)) {
      mentionsAny = true
    }
    const ref = REFERENCE.exec(text)
    if (ref) {
      const [, number, day, month, year] = ref
      const same =
        (number === undefined || number === (header.number ?? '').trim()) &&
        Number(day) === header.date.day &&
        Number(month) === header.date.month &&
        Number(year) === header.date.year
      if (!same) {
        out.push(
          textFinding(
            'warning',
            'consistency.appendix-reference',
            'Dòng “Kèm theo Kế hoạch số … ngày …” không khớp số và ngày của kế hoạch ở phần đầu văn bản.',
            RULE,
            source,
            ref.index,
            ref[0]
          )
        )
      }
    }
  }
  if (count === 0 && mentionsAny) {
    out.push({
      severity: 'warning',
      code: 'consistency.appendix-missing',
      message: 'Văn bản nhắc đến phụ lục (bảng phân công) kèm theo nhưng kế hoạch chưa có phụ lục.',
      rule: RULE,
      location: { field: 'appendices' },
    })
  }
  return out
}
