import type { ItemStyle } from '../model/types'

/** A typed (or resolved automatic) list marker at the start of a paragraph. */
export type Marker = {
  readonly style: ItemStyle | 'roman'
  /** Decimal depth (`1.` → 1, `1.1.` → 2). */
  readonly depth: number
  /** Characters to drop from the paragraph text, marker and following blanks. */
  readonly length: number
}

// Besides the Decree-30 forms (`I.`, `1.`, `1.1.`, `a)`), clerks type `I-`, `I –`, `1-`, `a.`, `a-`.
const ROMAN = /^((?:X{0,3})(?:IX|IV|V?I{0,3}))(?:\.|[\s\u00a0]*[-–])[\s\u00a0]+/u
const DECIMAL =
  /^(\d{1,3}(?:\.\d{1,3})*)\.[\s\u00a0]+|^(\d{1,3}(?:\.\d{1,3})+)[\s\u00a0]+|^(\d{1,3})[\s\u00a0]*[-–][\s\u00a0]+/u
const LETTER = /^([a-zđ])\1{0,3}[).\-–][\s\u00a0]+/u
const DASH = /^[-–—•][\s\u00a0]*(?=\S)/u
const PLUS = /^\+[\s\u00a0]*(?=\S)/u

/** Detects the list marker at the start of `text`, if any. */
export function detectMarker(text: string): Marker | undefined {
  const roman = ROMAN.exec(text)
  if (roman && (roman[1] ?? '') !== '') {
    return { style: 'roman', depth: 0, length: roman[0].length }
  }
  const decimal = DECIMAL.exec(text)
  if (decimal) {
    const digits = decimal[1] ?? decimal[2] ?? decimal[3] ?? ''
    return { style: 'decimal', depth: digits.split('.').length, length: decimal[0].length }
  }
  const letter = LETTER.exec(text)
  if (letter) {
    return { style: 'letter', depth: 0, length: letter[0].length }
  }
  const dash = DASH.exec(text)
  if (dash) {
    return { style: 'dash', depth: 0, length: dash[0].length }
  }
  const plus = PLUS.exec(text)
  if (plus) {
    return { style: 'plus', depth: 0, length: plus[0].length }
  }
  return undefined
}
