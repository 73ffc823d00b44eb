import { isPossibleDate } from './date-rules'
import type { Finding } from './finding'
import { checkContent } from './check/index'
import { checkOutline } from './check-outline'
import type { Plan } from './types'

const RULE_HEADER = 'NĐ 30/2020, Phụ lục I, mục II'

/**
 * Checks a plan against the rules shown to the clerk: what a signer needs before the plan can
 * go out (errors) and what a draft may still leave open (warnings).
 */
export function check(plan: Plan): Finding[] {
  return [
    ...checkHeader(plan),
    ...checkOutline(plan),
    ...checkSignature(plan),
    ...checkContent(plan),
  ]
}

function checkHeader(plan: Plan): Finding[] {
  const out: Finding[] = []
  const { header } = plan
  if (header.agency.every(line => line.trim() === '')) {
    out.push(
      error(
        'header.agency-missing',
        'Chưa có tên cơ quan ban hành.',
        `${RULE_HEADER}.2: tên cơ quan ban hành`,
        'header.agency'
      )
    )
  }
  if (header.agencyAbbr.trim() === '' || /\s/.test(header.agencyAbbr.trim())) {
    out.push(
      error(
        'header.abbr-invalid',
        'Chữ viết tắt tên cơ quan phải có và không chứa khoảng trắng (ví dụ: UBND).',
        `${RULE_HEADER}.3: ký hiệu văn bản không có khoảng trắng`,
        'header.agencyAbbr'
      )
    )
  }
  if ((header.number ?? '').trim() === '') {
    out.push(
      warning(
        'header.number-blank',
        'Số văn bản để trống: văn thư sẽ điền sau khi ký.',
        `${RULE_HEADER}.3: số của văn bản`,
        'header.number'
      )
    )
  }
  if (header.place.trim() === '') {
    out.push(
      error(
        'header.place-missing',
        'Chưa có địa danh.',
        `${RULE_HEADER}.4: địa danh`,
        'header.place'
      )
    )
  }
  const { day, month, year } = header.date
  if (day === undefined) {
    out.push(
      warning(
        'header.day-blank',
        'Ngày ban hành để trống: văn thư sẽ điền sau khi ký.',
        `${RULE_HEADER}.4: thời gian ban hành`,
        'header.date.day'
      )
    )
  }
  if (month === undefined || year === undefined) {
    out.push(
      warning(
        'header.date-incomplete',
        'Tháng hoặc năm ban hành còn để trống.',
        `${RULE_HEADER}.4: thời gian ban hành`,
        'header.date'
      )
    )
  }
  out.push(...checkDate(header.date))
  if (plan.subject.trim() === '') {
    out.push(
      error(
        'title.subject-missing',
        'Chưa có trích yếu nội dung của kế hoạch.',
        `${RULE_HEADER}.5: tên loại và trích yếu nội dung`,
        'subject'
      )
    )
  }
  return out
}

const RULE_DATE = `${RULE_HEADER}.4: ngày, tháng, năm ban hành phải là ngày có thật`

function checkDate(date: Plan['header']['date']): Finding[] {
  const { day, month, year } = date
  if (month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12)) {
    return [
      error(
        'header.month-out-of-range',
        `Tháng ${month} không hợp lệ (phải từ 1 đến 12).`,
        RULE_DATE,
        'header.date.month'
      ),
    ]
  }
  if (day !== undefined && (!Number.isInteger(day) || day < 1 || day > 31)) {
    return [
      error(
        'header.day-out-of-range',
        `Ngày ${day} không hợp lệ (phải từ 1 đến 31).`,
        RULE_DATE,
        'header.date.day'
      ),
    ]
  }
  if (!isPossibleDate(date)) {
    const pad = (n: number | undefined, below: number) =>
      n !== undefined && n < below ? `0${n}` : `${n ?? ''}`
    const text = `Không có ngày ${pad(day, 10)} tháng ${pad(month, 3)}${year ? ` năm ${year}` : ''}.`
    return [error('header.date-impossible', text, RULE_DATE, 'header.date.day')]
  }
  return []
}

function checkSignature(plan: Plan): Finding[] {
  const out: Finding[] = []
  const { signature } = plan
  if (signature.signer.trim() === '') {
    out.push(
      error(
        'signature.signer-missing',
        'Chưa có họ tên người ký.',
        `${RULE_HEADER}.7: chức vụ, họ tên của người ký`,
        'signature.signer'
      )
    )
  }
  if (signature.lines.every(line => line.text.trim() === '')) {
    out.push(
      error(
        'signature.title-missing',
        'Chưa có chức vụ người ký.',
        `${RULE_HEADER}.7: chức vụ, họ tên của người ký`,
        'signature.lines'
      )
    )
  }
  const kt = signature.lines.findIndex(line => line.prefix === 'KT')
  if (kt >= 0 && kt === signature.lines.length - 1) {
    out.push(
      error(
        'signature.deputy-title-missing',
        'Ký thay (KT.) phải có thêm dòng chức vụ của người ký (ví dụ: PHÓ CHỦ TỊCH).',
        'NĐ 30/2020, Điều 13 và Phụ lục I, mục II.7: ký thay',
        'signature.lines'
      )
    )
  }
  if (plan.recipients.length === 0) {
    out.push(
      warning('recipients.empty', 'Chưa có nơi nhận.', `${RULE_HEADER}.9: nơi nhận`, 'recipients')
    )
  }
  if (plan.archive.trim() === '') {
    out.push(
      warning(
        'recipients.archive-missing',
        'Thiếu dòng “Lưu: VT, …” ở cuối nơi nhận.',
        `${RULE_HEADER}.9: nơi nhận`,
        'archive'
      )
    )
  }
  return out
}

function error(code: string, message: string, rule: string, field: string): Finding {
  return { severity: 'error', code, message, rule, location: { field } }
}

function warning(code: string, message: string, rule: string, field: string): Finding {
  return { severity: 'warning', code, message, rule, location: { field } }
}
