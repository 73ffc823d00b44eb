/** The Quốc hiệu: printed on every plan, never stored. */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'

/** The Tiêu ngữ (spaced hyphens): printed on every plan, never stored. */
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc'

import type { Header, PlanDate } from './types'

/**
 * A visible blank left for the văn thư (number, day, month filled by hand after signing):
 * non-breaking spaces, so neither HTML nor Word collapses it.
 */
export const BLANK = '\u00a0'.repeat(6)

/** Day of the month as printed: `05` for 1–9 (Decree 30), a wide blank when absent. */
export function formatDay(day: number | undefined): string {
  if (day === undefined) {
    return BLANK
  }
  return day < 10 ? `0${day}` : `${day}`
}

/** Month as printed: only January and February take a leading zero (`01`, `02`, but `5`, `12`). */
export function formatMonth(month: number | undefined): string {
  if (month === undefined) {
    return BLANK
  }
  return month <= 2 ? `0${month}` : `${month}`
}

/** Year as printed, a wide blank when absent. */
export function formatYear(year: number | undefined): string {
  return year === undefined ? BLANK : `${year}`
}

/** The date phrase `ngày 31 tháng 5 năm 2021`, with blanks for missing parts. */
export function formatDatePhrase(date: PlanDate): string {
  return `ngày ${formatDay(date.day)} tháng ${formatMonth(date.month)} năm ${formatYear(date.year)}`
}

/** The place-and-date line of the header: `Vị Xuyên, ngày 31 tháng 5 năm 2021`. */
export function formatDate(place: string, date: PlanDate): string {
  const name = place.trim() === '' ? BLANK : place.trim()
  return `${name}, ${formatDatePhrase(date)}`
}

/** The document number as printed: trimmed, zero-padded below 10, a wide blank when absent. */
export function formatNumber(number: string | undefined): string {
  const value = (number ?? '').trim()
  if (value === '') {
    return BLANK
  }
  return /^\d$/.test(value) ? `0${value}` : value
}

/** The ký hiệu after the number: `/KH-UBND`. */
export function formatCode(header: Header): string {
  return `/KH-${header.agencyAbbr.trim()}`
}

/** The number line of the header: `Số: 154/KH-UBND`, or `Số:` + a wide blank in a draft. */
export function formatNumberLine(header: Header): string {
  return `Số: ${formatNumber(header.number)}${formatCode(header)}`
}

const UNIT_TYPES: readonly string[] = [
  'thành phố',
  'thị xã',
  'thị trấn',
  'đặc khu',
  'tỉnh',
  'huyện',
  'quận',
  'xã',
  'phường',
]

const TYPE_THEN_NAME: readonly string[] = ['chi cục', 'trung tâm', 'sở', 'phòng', 'ban', 'cục']

/** Abbreviations kept in capitals when a caps line is turned into running text. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['UBND', 'HĐND', 'MTTQ', 'CCHC', 'PAPI'])

const lower = (s: string): string => s.toLocaleLowerCase('vi')
const capitalize = (word: string): string =>
  ABBREVIATIONS.has(word) ? word : word.charAt(0).toLocaleUpperCase('vi') + lower(word.slice(1))
const keepOrLower = (word: string): string => (ABBREVIATIONS.has(word) ? word : lower(word))
const words = (s: string): string[] =>
  s
    .trim()
    .split(/\s+/)
    .filter(w => w !== '')

/** First line of the agency (`ỦY BAN NHÂN DÂN` → `Ủy ban nhân dân`, `SỞ NỘI VỤ` → `Sở Nội vụ`). */
function bodyName(line: string): string {
  const parts = words(line)
  const lowered = lower(line.trim())
  const kind = TYPE_THEN_NAME.find(t => lowered === t || lowered.startsWith(`${t} `))
  const capitalCount = kind === undefined ? 1 : words(kind).length + 1
  return parts
    .map((w, i) => (i === 0 || i === capitalCount - 1 ? capitalize(w) : keepOrLower(w)))
    .join(' ')
}

/** A unit line (`HUYỆN VỊ XUYÊN` → `huyện Vị Xuyên`): unit type in lower case, proper name capitalised. */
function unitName(line: string): string {
  const lowered = lower(line.trim())
  const kind = UNIT_TYPES.find(t => lowered === t || lowered.startsWith(`${t} `))
  const parts = words(line)
  const typeLength = kind === undefined ? 0 : words(kind).length
  return parts.map((w, i) => (i < typeLength ? lower(w) : capitalize(w))).join(' ')
}

/**
 * How the body and the appendix reference name the issuer: `header.issuerName` when set, else
 * derived from the caps agency lines (`ỦY BAN NHÂN DÂN` + `HUYỆN VỊ XUYÊN` →
 * `Ủy ban nhân dân huyện Vị Xuyên`). Empty when the agency is blank.
 */
export function issuerName(header: Header): string {
  const explicit = header.issuerName?.trim()
  if (explicit) {
    return explicit.normalize('NFC')
  }
  const lines = header.agency.map(l => l.trim()).filter(l => l !== '')
  const [first, ...rest] = lines
  if (first === undefined) {
    return ''
  }
  return [bodyName(first), ...rest.map(unitName)].join(' ').normalize('NFC')
}

/**
 * The reference line under an appendix title, filled from the plan's own header:
 * `(Kèm theo Kế hoạch số 154/KH-UBND ngày 31 tháng 5 năm 2021 của Ủy ban nhân dân huyện Vị Xuyên)`.
 */
export function appendixReference(header: Header): string {
  const issuer = issuerName(header) || BLANK
  const number = `${formatNumber(header.number)}${formatCode(header)}`
  return `(Kèm theo Kế hoạch số ${number} ${formatDatePhrase(header.date)} của ${issuer})`
}
