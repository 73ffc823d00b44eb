/**
 * Number labels used by the outline: Roman numerals and Vietnamese point letters.
 */

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]

/** Largest number written in Roman numerals; beyond it (or below 1) the number stays Arabic. */
export const ROMAN_MAX = 3999

/** Roman numeral for a positive integer (1 → `I`, 14 → `XIV`); Arabic outside 1…3999. */
export function toRoman(n: number): string {
  if (!Number.isFinite(n) || n < 1 || n > ROMAN_MAX) {
    return Number.isFinite(n) ? String(Math.floor(n)) : '0'
  }
  let rest = Math.floor(n)
  let out = ''
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol
      rest -= value
    }
  }
  return out
}

/** Vietnamese point letters: the alphabet without f, j, w, z (Decree 30 practice). */
export const POINT_LETTERS: readonly string[] = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
]

/** Longest doubled point letter (`aaaa`); past it the index stays Arabic. */
const LETTER_REPEAT_MAX = 4

/** Point letter for a 1-based index; past `y` the letters double (`aa`, `bb`, …). */
export function toPointLetter(n: number): string {
  const i = Math.max(1, Math.floor(Number.isFinite(n) ? n : 1)) - 1
  const times = Math.floor(i / POINT_LETTERS.length) + 1
  if (times > LETTER_REPEAT_MAX) {
    return String(i + 1)
  }
  const letter = POINT_LETTERS[i % POINT_LETTERS.length] ?? 'a'
  return letter.repeat(times)
}
