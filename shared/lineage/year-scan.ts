/**
 * How a four-digit year in running text is used.
 * - `document`: part of a cited document's number or date, or of a cited document's title
 *   (`30/2020/NĐ-CP`, `Kế hoạch số 94/KH-UBND ngày 02/6/2020 của … năm 2020`);
 * - `law`: the year of a named law (`Luật Khiếu nại năm 2011`);
 * - `range`: a period (`giai đoạn 2021–2025`, `nhiệm kỳ 2021 - 2026`);
 * - `date`: the year of a date that is not a citation (`trước ngày 15/12/2020`);
 * - `bare`: any other year (`trong năm 2020`, `Quý III năm 2021`).
 */
export type YearRole = 'document' | 'law' | 'range' | 'date' | 'bare'

/** One year found in a text; `[start, end)` covers the four digits only. */
export type YearToken = {
  readonly start: number
  readonly end: number
  readonly year: number
  readonly role: YearRole
}

const Y = '(?:19|20)\\d{2}'
const DOC_NUMBER_YEAR = new RegExp(`\\d[\\p{L}\\d-]*\\s*/\\s*(${Y})\\s*/\\s*\\p{Lu}`, 'gu')
const RANGE = new RegExp(`(?<!\\d)(${Y})\\s*[-–—]\\s*(${Y})(?!\\d)`, 'gu')
const PERIOD = new RegExp(`giai đoạn\\s+(${Y})(?!\\d)`, 'giu')
const NUMERIC_DATE = new RegExp(
  `(?<![\\d/])\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*(${Y})(?![\\d/])`,
  'gu'
)
const WORDED_DATE = new RegExp(
  `ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+(${Y})(?!\\d)`,
  'giu'
)
const BARE = new RegExp(`(?<![\\d/.,])(${Y})(?![\\d/]|,\\d)`, 'gu')
/** A document code right before a date: `94/KH-UBND ngày`, `468/QĐ-TTg, ngày`, `01-KH/BCĐ ngày`. */
const CODE_BEFORE_DATE = /\/\s*\p{Lu}[\p{L}\d-]*\s*,?\s*(?:ngày\s*)?$/u
/** A law named before its year, within one clause: `Luật Tố cáo năm 2018`, `Bộ luật … 2015`. */
const LAW_BEFORE_YEAR = /(?:\bLuật|Pháp lệnh|Hiến pháp)\s[^;:.()\d]{0,80}$/u
const CLAUSE_END = /[;:.!?\n]/u
const CITED_TITLE_LENGTH = 240

/** Finds every year in `text` and says how it is used (see YearRole). */
export function scanYears(text: string): YearToken[] {
  const tokens: YearToken[] = []
  const taken = (index: number) => tokens.some(t => t.start <= index && index < t.end)
  const add = (start: number, year: string, role: YearRole) => {
    if (!taken(start)) {
      tokens.push({ start, end: start + 4, year: Number(year), role })
    }
  }
  const citedTitles: [number, number][] = []
  for (const m of text.matchAll(DOC_NUMBER_YEAR)) {
    add(m.index + m[0].indexOf(m[1]!, m[0].indexOf('/')), m[1]!, 'document')
  }
  for (const m of text.matchAll(RANGE)) {
    add(m.index, m[1]!, 'range')
    add(m.index + m[0].lastIndexOf(m[2]!), m[2]!, 'range')
  }
  for (const m of text.matchAll(PERIOD)) {
    add(m.index + m[0].length - 4, m[1]!, 'range')
  }
  for (const regex of [NUMERIC_DATE, WORDED_DATE]) {
    for (const m of text.matchAll(regex)) {
      const yearAt = m.index + m[0].length - 4
      const cited = CODE_BEFORE_DATE.test(text.slice(Math.max(0, m.index - 40), m.index))
      add(yearAt, m[1]!, cited ? 'document' : 'date')
      if (cited) {
        const after = m.index + m[0].length
        citedTitles.push([after, clauseEnd(text, after)])
      }
    }
  }
  for (const m of text.matchAll(BARE)) {
    const inCitedTitle = citedTitles.some(([from, end]) => m.index >= from && m.index < end)
    const before = text.slice(Math.max(0, m.index - 100), m.index)
    const law = LAW_BEFORE_YEAR.test(before) && !/trong năm\s*$/u.test(before)
    add(m.index, m[1]!, law ? 'law' : inCitedTitle ? 'document' : 'bare')
  }
  return tokens.sort((a, b) => a.start - b.start)
}

/** End of the clause a citation starts: the next `;`, `:`, `.` (not inside a number) or newline. */
function clauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length && i < from + CITED_TITLE_LENGTH; i += 1) {
    const c = text[i]!
    if (CLAUSE_END.test(c) && !(c === '.' && /\d/.test(text[i + 1] ?? ''))) {
      return i
    }
  }
  return Math.min(text.length, from + CITED_TITLE_LENGTH)
}
