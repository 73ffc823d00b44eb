import type { Plan } from '../model/types'

/** Characters Windows forbids in file names, plus control characters (\p{Cc}). */
const ILLEGAL = /[<>:"/\\|?*]|\p{Cc}/gu

/** Longest trích yếu kept in the file name, in characters. */
const SUBJECT_LIMIT = 60

function shorten(text: string, limit: number): string {
  if (text.length <= limit) {
    return text
  }
  const cut = text.slice(0, limit)
  const space = cut.lastIndexOf(' ')
  return (space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;-]+$/u, '')
}

/**
 * Suggested file name of a plan or its export: `KH-UBND 2024 - <trích yếu, ~60 characters>.docx`
 * (or `.kehoach`), cut at a word, safe on Windows (no `<>:"/\|?*`, no trailing dot or space).
 * The year falls back to `year` when the plan's date has none.
 */
export function defaultFileName(
  plan: Plan,
  ext: '.docx' | '.kehoach' = '.docx',
  year: number = new Date().getFullYear()
): string {
  const abbr = plan.header.agencyAbbr.replace(ILLEGAL, '').trim() || 'UBND'
  const planYear = plan.header.date.year ?? year
  const subject = shorten(
    plan.subject.normalize('NFC').replace(ILLEGAL, ' ').replace(/\s+/g, ' ').trim(),
    SUBJECT_LIMIT
  ).replace(/[.\s]+$/u, '')
  const base = subject === '' ? `KH-${abbr} ${planYear}` : `KH-${abbr} ${planYear} - ${subject}`
  return `${base}${ext}`
}
