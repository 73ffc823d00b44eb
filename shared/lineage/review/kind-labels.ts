import type { ChangeKind, LineageChange } from '../types'

/** The Vietnamese name of each kind of change, as the review panel heads its group. */
export const KIND_LABELS: Readonly<Record<ChangeKind, string>> = {
  year: 'Năm chuyển sang năm mới',
  'number-date-cleared': 'Số, ngày để trống',
  profile: 'Cơ quan ban hành, người ký theo hồ sơ đơn vị',
  'preamble-added': 'Câu mở đầu “Thực hiện Kế hoạch số …”',
  'level-word': 'Từ ngữ cấp hành chính',
  agency: 'Cơ quan được thay',
  'basis-review': 'Căn cứ cần xem lại',
  'preamble-review': 'Phần mở đầu, văn bản cấp trên cần xem lại',
  'results-update': 'Kết quả năm trước cần cập nhật',
  'year-review': 'Năm trước cần xem lại',
  'task-overdue': 'Nhiệm vụ đã quá hạn',
  'task-done': 'Nhiệm vụ đã xong',
  'upper-only': 'Nhiệm vụ chỉ cấp trên làm',
}

/** The order of the groups: applied changes first, then the places to check. */
export const KIND_ORDER: readonly ChangeKind[] = [
  'number-date-cleared',
  'profile',
  'preamble-added',
  'year',
  'level-word',
  'agency',
  'basis-review',
  'preamble-review',
  'results-update',
  'year-review',
  'task-overdue',
  'task-done',
  'upper-only',
]

/** Whether a change only asks the clerk to check a place (nothing was changed there). */
export function isFlag(change: LineageChange): boolean {
  return change.patch.type === 'flag'
}
