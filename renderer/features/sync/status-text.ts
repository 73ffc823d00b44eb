import type { SyncStatus } from '../../../shared/library/sync-types'

const two = (n: number) => String(n).padStart(2, '0')

/** "14:05" for a time today, "14:05 ngày 04/12" for an earlier day (local time). */
export function syncTime(iso: string, now: Date = new Date()): string {
  const at = new Date(iso)
  const time = `${two(at.getHours())}:${two(at.getMinutes())}`
  return at.toDateString() === now.toDateString()
    ? time
    : `${time} ngày ${two(at.getDate())}/${two(at.getMonth() + 1)}`
}

/** The status indicator's main line, in Vietnamese. */
export function statusText(status: SyncStatus, now: Date = new Date()): string {
  switch (status.state) {
    case 'off':
      return 'Chưa kết nối thư viện dùng chung'
    case 'syncing':
      return 'Đang đồng bộ…'
    case 'idle':
      return status.lastSyncAt
        ? `Đã đồng bộ lúc ${syncTime(status.lastSyncAt, now)}`
        : 'Chưa đồng bộ lần nào'
    case 'offline':
      return status.lastSyncAt
        ? `Ngoại tuyến (đồng bộ lần cuối lúc ${syncTime(status.lastSyncAt, now)})`
        : 'Ngoại tuyến'
    case 'error':
      return `Lỗi: ${status.error?.message ?? 'không đồng bộ được.'}`
  }
}

/** The counts after the main line ("3 thay đổi chờ gửi · 1 xung đột"), or '' when none. */
export function countsText(status: SyncStatus): string {
  return [
    status.pending > 0 ? `${status.pending} thay đổi chờ gửi` : '',
    status.conflicts > 0 ? `${status.conflicts} xung đột cần chọn` : '',
  ]
    .filter(part => part !== '')
    .join(' · ')
}
