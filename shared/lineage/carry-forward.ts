import type { Header, Plan } from '../model'
import { applyChanges } from './apply-changes'
import { excerpt, groupByOwner, type SlotOwner } from './owners'
import { blockFlags, flagChange, isResultsText } from './review-flags'
import { taskFlags } from './task-flags'
import { listSlots } from './text-slots'
import type { LineageChange } from './types'
import { scanYears } from './year-scan'

/** Options of carryForward: the year of the new plan (and the source's, when not in its header). */
export type CarryForwardOptions = {
  readonly toYear: number
  readonly fromYear?: number
}

/** The new plan (every change applied) with the changes that made it, for the review panel. */
export type CarryForwardResult = {
  readonly plan: Plan
  readonly changes: readonly LineageChange[]
  readonly fromYear: number
  readonly toYear: number
}

/**
 * Carries last year's plan forward to `toYear`: the plan's own year moves wherever it means the
 * plan's year (trích yếu, body, appendix timelines, deadlines); cited documents, laws, periods and
 * other years stay; số and ngày are cleared; căn cứ, the implementing preamble and last year's
 * results are flagged, and so are tasks whose deadline passed or that are done. Pure.
 */
export function carryForward(source: Plan, options: CarryForwardOptions): CarryForwardResult {
  const fromYear = options.fromYear ?? planYear(source) ?? options.toYear - 1
  const { toYear } = options
  const changes: LineageChange[] = []
  const nextId = () => `c${changes.length + 1}`
  if (toYear !== fromYear) {
    changes.push(headerChange(nextId(), source, toYear))
  }
  for (const owner of groupByOwner(listSlots(source))) {
    const flags = owner.area === 'cell' ? taskFlags(owner, fromYear) : blockFlags(owner)
    for (const flag of flags) {
      changes.push(flagChange(nextId(), owner, flag.kind, flag.note))
    }
    yearChanges(owner, fromYear, toYear, () => `c${changes.length + 1}`, changes)
  }
  return { plan: applyChanges(source, changes), changes, fromYear, toYear }
}

/** The plan's year: its date's year, else the year its trích yếu names. */
export function planYear(plan: Plan): number | undefined {
  return plan.header.date.year ?? scanYears(plan.subject).find(t => t.role === 'bare')?.year
}

function headerChange(id: string, plan: Plan, toYear: number): LineageChange {
  const { number, date, agencyAbbr } = plan.header
  const show = (n: number | undefined) => (n === undefined ? '…' : String(n))
  const before = `Số: ${number ?? '…'}/KH-${agencyAbbr}, ngày ${show(date.day)}/${show(date.month)}/${show(date.year)}`
  const after = `Số: …/KH-${agencyAbbr}, ngày …/…/${toYear}`
  return {
    id,
    kind: 'number-date-cleared',
    location: { slot: 'header', label: 'Số, ngày' },
    before,
    after,
    context: before,
    note: 'Số và ngày để trống cho văn thư điền sau khi ký; năm ban hành là năm mới.',
    patch: { type: 'header', header: { ...withoutNumber(plan.header), date: { year: toYear } } },
  }
}

function withoutNumber(header: Header): Header {
  const { number: _cleared, ...rest } = header
  return rest
}

function yearChanges(
  owner: SlotOwner,
  fromYear: number,
  toYear: number,
  nextId: () => string,
  out: LineageChange[]
): void {
  const history = isResultsText(owner)
  for (const slot of owner.slots) {
    for (const token of scanYears(slot.text)) {
      if (token.role !== 'bare' && token.role !== 'date') {
        continue
      }
      const moves = token.year === fromYear && toYear !== fromYear
      const review = token.year === fromYear - 1 && !history && toYear !== fromYear
      if (!moves && !review) {
        continue
      }
      const after = moves ? String(toYear) : String(token.year)
      out.push({
        id: nextId(),
        kind: moves ? 'year' : 'year-review',
        location: { slot: slot.key, label: slot.label, start: token.start, end: token.end },
        before: String(token.year),
        after,
        context: excerpt(slot.text, token.start, token.end),
        note: moves
          ? `Năm của kế hoạch: ${token.year} → ${toYear}.`
          : `Năm trước của kế hoạch (${token.year}): kiểm tra có cần đổi thành ${toYear - 1} không.`,
        patch: moves
          ? { type: 'text', start: token.start, end: token.end, text: after }
          : { type: 'flag' },
      })
    }
  }
}
