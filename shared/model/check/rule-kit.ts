import type { Finding, Severity } from '../finding'
import { replaceFix } from './fix'
import type { PlanText } from './plan-texts'

/** Rule citations shown under each finding. */
export const RULES = {
  consistency: 'Tính thống nhất của kế hoạch',
  spelling: 'NĐ 30/2020, Phụ lục II: chính tả và viết hoa trong văn bản hành chính',
  punctuation: 'Chính tả tiếng Việt: dấu câu và khoảng trắng',
} as const

/** A finding about `found` at `start` of a plan text, with a replace fix when `replacement` is given. */
export function textFinding(
  severity: Severity,
  code: string,
  message: string,
  rule: string,
  source: PlanText,
  start: number,
  found: string,
  replacement?: string
): Finding {
  return {
    severity,
    code,
    message,
    rule,
    location: locationOf(source),
    ...(replacement !== undefined
      ? { fix: replaceFix(source.target, start, found, replacement) }
      : {}),
  }
}

/** Where the pane jumps: the node by id, or the subject / recipients block by field. */
export function locationOf(source: PlanText): Finding['location'] {
  const { id, field } = source.target
  if (field === 'subject') {
    return { field: 'subject' }
  }
  return field === 'recipient' ? { ...(id ? { id } : {}), field: 'recipients' } : id ? { id } : {}
}
