/** Unit conversions and the one font of Decree 30. */

/** The only font the decree allows (Unicode, TCVN 6909:2001). */
export const FONT = 'Times New Roman'

/** The same font for every script slot, so Word never falls back for Vietnamese letters. */
export const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const

/** Twips (1/20 pt) in one millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4

/** Millimetres → twips, rounded. */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM)
}

/** Centimetres → twips, rounded. */
export function cmToTwips(cm: number): number {
  return mmToTwips(cm * 10)
}

/** Points → twips. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20)
}

/** Points → half-points, the unit of `w:sz`. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2)
}

/** Non-breaking space: Word and LibreOffice never collapse it, so blanks keep their width. */
export const NBSP = '\u00a0'

/** A blank of `n` non-breaking spaces, for parts the văn thư fills in by hand. */
export function blank(n: number): string {
  return NBSP.repeat(n)
}
