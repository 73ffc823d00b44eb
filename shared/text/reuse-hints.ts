import type { AgencyLevel } from '../model/types'

/** A piece of reused text that may not fit the plan it was inserted into, with a suggested fix. */
export type ReuseHint = {
  readonly start: number
  readonly end: number
  readonly found: string
  readonly suggestion: string
  /** Vietnamese explanation shown beside the one-click fix. */
  readonly reason: string
}

/** Where the reused text came from and where it is going. */
export type ReuseContext = {
  readonly sourceYear?: number
  readonly targetYear?: number
  readonly sourceLevel?: AgencyLevel
  readonly targetLevel?: AgencyLevel
}

const LEVEL_WORD: Readonly<Record<AgencyLevel, string>> = { tinh: 'tỉnh', huyen: 'huyện', xa: 'xã' }

/**
 * Finds years and level words in reused text that belong to its source plan: `năm 2023` in a
 * 2024 plan (shifted by the difference, so `năm 2022` becomes `năm 2023`), and `huyện` in a
 * commune plan. Years inside document numbers (`90/2013/NĐ-CP`) and dates are left alone.
 */
export function reuseHints(text: string, context: ReuseContext): ReuseHint[] {
  return [...yearHints(text, context), ...levelHints(text, context)].sort(
    (a, b) => a.start - b.start
  )
}

function yearHints(text: string, { sourceYear, targetYear }: ReuseContext): ReuseHint[] {
  if (sourceYear === undefined || targetYear === undefined || sourceYear === targetYear) {
    return []
  }
  const shift = targetYear - sourceYear
  const out: ReuseHint[] = []
  for (const match of text.matchAll(/(?<=\b[Nn]ăm\s+)(19|20)\d{2}\b(?![/-])/gu)) {
    const year = Number(match[0])
    if (year > sourceYear) {
      continue
    }
    const start = match.index ?? 0
    out.push({
      start,
      end: start + match[0].length,
      found: match[0],
      suggestion: String(year + shift),
      reason: `Đoạn lấy từ kế hoạch năm ${sourceYear}; kế hoạch này năm ${targetYear}.`,
    })
  }
  return out
}

function levelHints(text: string, { sourceLevel, targetLevel }: ReuseContext): ReuseHint[] {
  if (sourceLevel === undefined || targetLevel === undefined || sourceLevel === targetLevel) {
    return []
  }
  const from = LEVEL_WORD[sourceLevel]
  const to = LEVEL_WORD[targetLevel]
  const out: ReuseHint[] = []
  const pattern = new RegExp(`(?<![\\p{L}])${from}(?![\\p{L}])`, 'gu')
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0
    out.push({
      start,
      end: start + from.length,
      found: from,
      suggestion: to,
      reason: `Đoạn lấy từ kế hoạch cấp ${from}; kế hoạch này của cấp ${to}.`,
    })
  }
  return out
}

/** Applies chosen hints to the text (from the end, so earlier offsets stay valid). */
export function applyHints(text: string, hints: readonly ReuseHint[]): string {
  return [...hints]
    .sort((a, b) => b.start - a.start)
    .reduce((out, h) => out.slice(0, h.start) + h.suggestion + out.slice(h.end), text)
}
