/**
 * Estimated printed width of a line in Times New Roman, from the font's advance widths
 * (1/1000 em). Used to size rules that must match a line of text (the tiêu ngữ rule).
 */

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const LOWER = 'abcdefghijklmnopqrstuvwxyz'

// Advance widths of A–Z and a–z; Vietnamese letters share their base letter's width.
const REGULAR = {
  upper: [
    722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556,
    611, 722, 722, 944, 722, 722, 611,
  ],
  lower: [
    444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
    278, 500, 500, 722, 500, 500, 444,
  ],
}
const BOLD = {
  upper: [
    722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556,
    667, 722, 722, 1000, 722, 722, 667,
  ],
  lower: [
    500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
    333, 556, 500, 722, 500, 500, 444,
  ],
}
const PUNCTUATION: Readonly<Record<string, number>> = {
  ' ': 250,
  '\u00a0': 250,
  '-': 333,
  ',': 250,
  '.': 250,
  ':': 333,
  ';': 333,
  '/': 278,
  '(': 333,
  ')': 333,
}

function baseLetter(ch: string): string {
  if (ch === 'đ') {
    return 'd'
  }
  if (ch === 'Đ') {
    return 'D'
  }
  return ch.normalize('NFD').charAt(0)
}

function charWidth(ch: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR
  const base = baseLetter(ch)
  const upper = UPPER.indexOf(base)
  if (upper >= 0) {
    return table.upper[upper] ?? 722
  }
  const lower = LOWER.indexOf(base)
  if (lower >= 0) {
    return table.lower[lower] ?? 500
  }
  if (base >= '0' && base <= '9') {
    return 500
  }
  return PUNCTUATION[base] ?? 500
}

/** Width of `text` set at `sizePt` in Times New Roman, in points. */
export function textWidthPt(text: string, sizePt: number, bold: boolean): number {
  let units = 0
  for (const ch of text) {
    units += charWidth(ch, bold)
  }
  return (units / 1000) * sizePt
}
