const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']

const two = (n: number) => String(n).padStart(2, '0')

/** Midnight (local) of a time's day, to tell today and yesterday by calendar, not by 24 hours. */
function dayStart(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()
}

/**
 * When a version was saved, in the clerk's local time and Vietnamese: `Hôm nay, 14:05:32`,
 * `Hôm qua, 09:12:00`, or `Thứ Bảy 05/12/2026, 14:05:32`. Seconds tell quick saves apart.
 */
export function formatSavedAt(iso: string, now: Date = new Date()): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) {
    return iso
  }
  const time = `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`
  const days = Math.round((dayStart(now) - dayStart(d)) / 86_400_000)
  if (days === 0) {
    return `Hôm nay, ${time}`
  }
  if (days === 1) {
    return `Hôm qua, ${time}`
  }
  const date = `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`
  return `${WEEKDAYS[d.getDay()]} ${date}, ${time}`
}

/** The time of a save as a title: `14:05:32 ngày 05/12/2026`. */
export function savedAtTitle(iso: string): string {
  const d = new Date(iso)
  const time = `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`
  return `${time} ngày ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`
}

/** A version's size for the list: `31 KB`, `1,2 MB` (Vietnamese decimal comma). */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) {
    return `${Math.max(1, Math.round(bytes / 1024))} KB`
  }
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
}
