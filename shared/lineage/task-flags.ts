import type { SlotOwner } from './owners'
import type { ChangeKind } from './types'
import { scanYears } from './year-scan'

/** A result or note cell that says the task was done. */
const DONE =
  /^\s*(?:đã\s+)?(?:hoàn thành|thực hiện xong|xong|đã thực hiện|đã triển khai|đã ban hành)(?!\p{L})/iu

/**
 * Flags of one task row of last year's plan: `task-overdue` when its timeline is a one-off date
 * (`23/5/2021`) or lies before the plan's year, `task-done` when its result or note cell says done.
 */
export function taskFlags(
  owner: SlotOwner,
  planYear: number
): { kind: ChangeKind; note: string }[] {
  const flags: { kind: ChangeKind; note: string }[] = []
  const timeline = owner.slots.find(s => s.field === 'timeline')?.text ?? ''
  const years = scanYears(timeline)
  if (years.some(t => t.role === 'date' || t.year < planYear)) {
    flags.push({
      kind: 'task-overdue',
      note: 'Thời hạn của nhiệm vụ đã qua: kiểm tra nhiệm vụ còn cần thực hiện trong năm mới không.',
    })
  }
  const done = owner.slots.some(
    s => (s.field === 'result' || s.field === 'note') && DONE.test(s.text)
  )
  if (done) {
    flags.push({
      kind: 'task-done',
      note: 'Nhiệm vụ đã hoàn thành năm trước: bỏ hoặc thay bằng nhiệm vụ mới.',
    })
  }
  return flags
}
