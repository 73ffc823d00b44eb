import type { AgencyLevel, Header, PlanDate } from '../model/types'
import { paragraphText, runsPlain, splitParagraph, type DocTable } from './doc-types'
import { allRuns } from './runs-map'

const NBSP = /\u00a0/g
const clean = (s: string): string => s.replace(NBSP, ' ').replace(/\s+/g, ' ').trim()

/** `Số: 154/KH-UBND` → number and ký hiệu abbreviation (blank number kept absent). */
export function parseNumberLine(line: string): { number?: string; agencyAbbr: string } | undefined {
  const m = /^Số\s*:?\s*(.*?)\s*\/\s*KH\s*-\s*(.*)$/u.exec(clean(line))
  if (!m) {
    return undefined
  }
  const number = (m[1] ?? '').trim()
  return { ...(number !== '' ? { number } : {}), agencyAbbr: (m[2] ?? '').trim() }
}

/** `Vị Xuyên, ngày 31 tháng 5 năm 2021` → place and date; blank parts are absent. */
export function parseDateLine(line: string): { place: string; date: PlanDate } | undefined {
  const m = /^(.*?),?\s*ngày\s*(\d*)\s*tháng\s*(\d*)\s*năm\s*(\d*)\s*$/u.exec(clean(line))
  if (!m) {
    return undefined
  }
  const num = (s: string | undefined): number | undefined => (s ? Number(s) : undefined)
  const day = num(m[2])
  const month = num(m[3])
  const year = num(m[4])
  return {
    place: (m[1] ?? '').replace(/,\s*$/u, '').trim(),
    date: {
      ...(day !== undefined && day >= 1 && day <= 31 ? { day } : {}),
      ...(month !== undefined && month >= 1 && month <= 12 ? { month } : {}),
      ...(year !== undefined && year >= 1900 && year <= 2200 ? { year } : {}),
    },
  }
}

/** Cities under central authority: `THÀNH PHỐ HÀ NỘI` is a province-level issuer. */
const CENTRAL = /^THÀNH PHỐ (HÀ NỘI|HỒ CHÍ MINH|HẢI PHÒNG|ĐÀ NẴNG|CẦN THƠ|HUẾ)$/u

function lineLevel(line: string): AgencyLevel | undefined {
  const l = clean(line)
    .toLocaleUpperCase('vi')
    .replace(/^(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HĐND|HỘI ĐỒNG NHÂN DÂN)\s+/u, '')
  if (CENTRAL.test(l)) {
    return 'tinh'
  }
  if (/^(HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ)(\s|$)/u.test(l)) {
    return 'huyen'
  }
  if (/^(XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)(\s|$)/u.test(l)) {
    return 'xa'
  }
  if (/^TỈNH(\s|$)/u.test(l)) {
    return 'tinh'
  }
  return undefined
}

/**
 * Level of the issuer from its caps unit lines, then from the parent agency's: TỈNH and the
 * centrally-run cities → tỉnh; HUYỆN, QUẬN, THỊ XÃ, other THÀNH PHỐ → huyện; XÃ, PHƯỜNG, THỊ
 * TRẤN → xã. A Sở, Ban or ngành takes the level of the UBND it belongs to (`UBND TỈNH …`), and
 * is tỉnh when no parent is written.
 */
export function levelOf(
  agency: readonly string[],
  parent: readonly string[] = []
): AgencyLevel | undefined {
  for (const line of [...[...agency].reverse(), ...[...parent].reverse()]) {
    const level = lineLevel(line)
    if (level) {
      return level
    }
  }
  const first = clean(agency[0] ?? '').toLocaleUpperCase('vi')
  return /^(SỞ|BAN|CHI CỤC|THANH TRA TỈNH|VĂN PHÒNG UBND TỈNH)(\s|$)/u.test(first)
    ? 'tinh'
    : undefined
}

/** A ký hiệu guessed from the agency when no `Số: …/KH-…` line is read (`SỞ TƯ PHÁP` → `STP`). */
export function abbrFromAgency(agency: readonly string[]): string | undefined {
  const upper = agency.map(a => clean(a).toLocaleUpperCase('vi'))
  if (upper.some(a => /^(ỦY|UỶ) BAN NHÂN DÂN$|^UBND\b/u.test(a))) {
    return 'UBND'
  }
  const words = (upper[0] ?? '').split(' ').filter(w => w !== '')
  const initials = words.map(w => (w.normalize('NFD')[0] ?? '').replace('Đ', 'D')).join('')
  return initials.length >= 2 ? initials : undefined
}

const FIXED = /^(CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP)/iu

/** Reads the borderless header table: agency lines (left cell), number line, place and date. */
export function mapHeader(table: DocTable): {
  header: Header
  used: boolean
  /** Whether the ký hiệu was read from a `Số: …/KH-…` line (else guessed from the agency). */
  abbrRead: boolean
} {
  const cells = table.rows.flatMap(r => r.cells)
  let numberLine: ReturnType<typeof parseNumberLine>
  let dateLine: ReturnType<typeof parseDateLine>
  const parent: string[] = []
  const agency: string[] = []
  cells.forEach((cell, i) => {
    for (const p of cell.paragraphs.flatMap(x => splitParagraph(x, '\n'))) {
      const text = clean(paragraphText(p))
      if (text === '') {
        continue
      }
      const n = parseNumberLine(text)
      const d = n ? undefined : parseDateLine(text)
      if (n) {
        numberLine ??= n
      } else if (d) {
        dateLine ??= d
      } else if (i === 0 && !FIXED.test(text)) {
        if (allRuns(p.runs, 'bold') || agency.length > 0) {
          agency.push(runsPlain(p.runs).trim())
        } else {
          parent.push(runsPlain(p.runs).trim())
        }
      }
    }
  })
  if (agency.length === 0 && parent.length > 0) {
    agency.push(...parent.splice(0))
  }
  const level = levelOf(agency, parent)
  const header: Header = {
    ...(parent.length > 0 ? { parentAgency: parent } : {}),
    agency,
    agencyAbbr: numberLine?.agencyAbbr || abbrFromAgency(agency) || 'UBND',
    ...(numberLine?.number !== undefined ? { number: numberLine.number } : {}),
    place: dateLine?.place ?? '',
    date: dateLine?.date ?? {},
    ...(level ? { level } : {}),
  }
  return {
    header,
    used: numberLine !== undefined || agency.length > 0,
    abbrRead: numberLine !== undefined && numberLine.agencyAbbr !== '',
  }
}
