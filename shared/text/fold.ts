/**
 * Vietnamese text folding for diacritic-insensitive search:
 * NFC → NFD, strip combining marks, đ/Đ → d, lowercase.
 * (SQLite's lower() is ASCII-only and FTS5's remove_diacritics keeps đ, hence our own fold.)
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
}

/** Normalises text to Unicode NFC, the only form the model stores. */
export function nfc(text: string): string {
  return text.normalize('NFC')
}
