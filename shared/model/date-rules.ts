import type { PlanDate } from './types'

/** Days in a month of the Gregorian calendar (February of an unknown year allows 29). */
export function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) {
    if (year === undefined) {
      return 29
    }
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
    return leap ? 29 : 28
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Whether the filled-in parts of a date can exist together (ngày 31 tháng 02 cannot). */
export function isPossibleDate(date: PlanDate): boolean {
  if (date.day === undefined || date.month === undefined) {
    return true
  }
  return date.day >= 1 && date.day <= daysInMonth(date.month, date.year)
}
