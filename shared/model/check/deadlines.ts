import type { Finding } from '../finding'
import type { Plan, PlanDate } from '../types'
import { planTexts, type PlanText } from './plan-texts'
import { RULES, textFinding } from './rule-kit'

const RULE = `${RULES.consistency}: thời hạn, tiến độ thực hiện nằm trong năm của kế hoạch và không trước ngày ban hành`

/** A deadline in the body: `trước ngày 15/12/2024`, `chậm nhất ngày 30 tháng 6 năm 2024`, `hoàn thành trong tháng 9/2024`. */
const BODY_DEADLINE =
  /(?:trước|chậm nhất(?: là)?(?: vào)?|hạn chót|hoàn thành(?: trong| trước)?|xong trong)\s+(?:ngày\s+(\d{1,2})\s*(?:\/|tháng)\s*|tháng\s+)(\d{1,2})\s*(?:\/|năm)\s*((?:19|20)\d{2})(?!\d)/giu
/** A year in a timeline cell, or a range of years (`2021-2025`, `2021 - 2025`). */
const TIMELINE_YEAR = /(?<!\d)((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?(?!\d)/gu
/** A month in a timeline cell: `tháng 6/2024`, `30/6/2024`, `quý II/2024` (the month is the quarter's first). */
const TIMELINE_MONTH = /(?:tháng\s+|\d{1,2}\/)(\d{1,2})\/((?:19|20)\d{2})/giu

/**
 * Deadlines and timelines within the plan: a timeline cell's year (or range) covers the plan's
 * year, a month in it is not before the month of issue, and a body deadline ("trước ngày …",
 * "hoàn thành trong tháng …") falls in the plan's year and not before its date. Needs the year of
 * the plan; the month check needs its month.
 */
export function checkDeadlines(plan: Plan): Finding[] {
  const year = plan.header.date.year
  if (year === undefined) {
    return []
  }
  const out: Finding[] = []
  for (const source of planTexts(plan)) {
    if (!/(?:19|20)\d{2}/.test(source.text)) {
      continue
    }
    if (source.cellField === 'timeline') {
      out.push(...timeline(source, plan.header.date, year))
    } else if (source.kind === 'body' || source.kind === 'heading' || source.kind === 'cell') {
      for (const m of source.text.matchAll(BODY_DEADLINE)) {
        const when = {
          day: m[1] ? Number(m[1]) : undefined,
          month: Number(m[2]),
          year: Number(m[3]),
        }
        const problem = deadlineProblem(when, plan.header.date, year)
        if (problem) {
          out.push(
            textFinding(
              'warning',
              'consistency.deadline',
              `Thời hạn “${m[0]}” ${problem}.`,
              RULE,
              source,
              m.index,
              m[0]
            )
          )
        }
      }
    }
  }
  return out
}

function timeline(source: PlanText, date: PlanDate, year: number): Finding[] {
  const out: Finding[] = []
  for (const m of source.text.matchAll(TIMELINE_YEAR)) {
    const from = Number(m[1])
    const to = m[2] ? Number(m[2]) : from
    if (to < year || from > year) {
      out.push(
        textFinding(
          'warning',
          'consistency.deadline',
          `Tiến độ “${m[0]}” nằm ngoài năm ${year} của kế hoạch.`,
          RULE,
          source,
          m.index,
          m[0]
        )
      )
    }
  }
  for (const m of source.text.matchAll(TIMELINE_MONTH)) {
    const problem = deadlineProblem({ month: Number(m[1]), year: Number(m[2]) }, date, year)
    if (problem && Number(m[2]) === year) {
      out.push(
        textFinding(
          'warning',
          'consistency.deadline',
          `Tiến độ “${m[0]}” ${problem}.`,
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

function deadlineProblem(
  when: { day?: number | undefined; month: number; year: number },
  date: PlanDate,
  year: number
): string | undefined {
  if (when.year !== year) {
    return `không thuộc năm ${year} của kế hoạch`
  }
  if (date.month === undefined || date.month < 1 || date.month > 12) {
    return undefined
  }
  const before =
    when.month < date.month ||
    (when.month === date.month &&
      when.day !== undefined &&
      date.day !== undefined &&
      when.day < date.day)
  return before ? 'trước ngày ban hành kế hoạch' : undefined
}
