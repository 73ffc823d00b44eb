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

/** Roman numeral for a positive integer (1 → `I`, 14 → `XIV`). */
export function toRoman(n: number): string {
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

/** Point letter for a 1-based index; past `y` the letters double (`aa`, `bb`, …). */
export function toPointLetter(n: number): string {
  const i = Math.max(1, Math.floor(n)) - 1
  const letter = POINT_LETTERS[i % POINT_LETTERS.length] ?? 'a'
  return letter.repeat(Math.floor(i / POINT_LETTERS.length) + 1)
}
