/**
 * Data tables of the two pre-Unicode Vietnamese encodings still found in old Word files.
 * Word stores their bytes as the Latin-1 characters of the same code, so the tables map those.
 */

/** TCVN3 (ABC, TCVN 5712:1993 VN3): one code per lower-case letter; `.VnTimeH` prints them in caps. */
export const TCVN3_TABLE: readonly (readonly [string, string])[] = [
  ['\u00b8', 'á'],
  ['\u00b5', 'à'],
  ['\u00b6', 'ả'],
  ['\u00b7', 'ã'],
  ['\u00b9', 'ạ'],
  ['\u00a8', 'ă'],
  ['\u00be', 'ắ'],
  ['\u00bb', 'ằ'],
  ['\u00bc', 'ẳ'],
  ['\u00bd', 'ẵ'],
  ['\u00c6', 'ặ'],
  ['\u00a9', 'â'],
  ['\u00ca', 'ấ'],
  ['\u00c7', 'ầ'],
  ['\u00c8', 'ẩ'],
  ['\u00c9', 'ẫ'],
  ['\u00cb', 'ậ'],
  ['\u00ae', 'đ'],
  ['\u00d0', 'é'],
  ['\u00cc', 'è'],
  ['\u00ce', 'ẻ'],
  ['\u00cf', 'ẽ'],
  ['\u00d1', 'ẹ'],
  ['\u00aa', 'ê'],
  ['\u00d5', 'ế'],
  ['\u00d2', 'ề'],
  ['\u00d3', 'ể'],
  ['\u00d4', 'ễ'],
  ['\u00d6', 'ệ'],
  ['\u00dd', 'í'],
  ['\u00d7', 'ì'],
  ['\u00d8', 'ỉ'],
  ['\u00dc', 'ĩ'],
  ['\u00de', 'ị'],
  ['\u00e3', 'ó'],
  ['\u00df', 'ò'],
  ['\u00e1', 'ỏ'],
  ['\u00e2', 'õ'],
  ['\u00e4', 'ọ'],
  ['\u00ab', 'ô'],
  ['\u00e8', 'ố'],
  ['\u00e5', 'ồ'],
  ['\u00e6', 'ổ'],
  ['\u00e7', 'ỗ'],
  ['\u00e9', 'ộ'],
  ['\u00ac', 'ơ'],
  ['\u00ed', 'ớ'],
  ['\u00ea', 'ờ'],
  ['\u00eb', 'ở'],
  ['\u00ec', 'ỡ'],
  ['\u00ee', 'ợ'],
  ['\u00f3', 'ú'],
  ['\u00ef', 'ù'],
  ['\u00f1', 'ủ'],
  ['\u00f2', 'ũ'],
  ['\u00f4', 'ụ'],
  ['\u00ad', 'ư'],
  ['\u00f8', 'ứ'],
  ['\u00f5', 'ừ'],
  ['\u00f6', 'ử'],
  ['\u00f7', 'ữ'],
  ['\u00f9', 'ự'],
  ['\u00fd', 'ý'],
  ['\u00fa', 'ỳ'],
  ['\u00fb', 'ỷ'],
  ['\u00fc', 'ỹ'],
  ['\u00fe', 'ỵ'],
  ['\u00a1', 'Ă'],
  ['\u00a2', 'Â'],
  ['\u00a7', 'Đ'],
  ['\u00a3', 'Ê'],
  ['\u00a4', 'Ô'],
  ['\u00a5', 'Ơ'],
  ['\u00a6', 'Ư'],
]

/**
 * VNI Windows: a base letter followed by a mark character. Rows: the tone marks (sắc, huyền,
 * hỏi, ngã, nặng) after a plain vowel, after a circumflex (`â`) and after a breve (`ê`), in lower
 * and upper case; then the hat/horn marks and the letters coded on their own.
 */
export const VNI_TONES = {
  plain: ['\u00f9', '\u00f8', '\u00fb', '\u00f5', '\u00ef'],
  circumflex: ['\u00e1', '\u00e0', '\u00e5', '\u00e3', '\u00e4'],
  breve: ['\u00e9', '\u00e8', '\u00fa', '\u00fc', '\u00eb'],
  plainUpper: ['\u00d9', '\u00d8', '\u00db', '\u00d5', '\u00cf'],
  circumflexUpper: ['\u00c1', '\u00c0', '\u00c5', '\u00c3', '\u00c4'],
  breveUpper: ['\u00c9', '\u00c8', '\u00da', '\u00dc', '\u00cb'],
} as const

/** VNI hat marks after a vowel: circumflex `â`/`Â`, breve `ê`/`Ê`. */
export const VNI_HATS = { circumflex: ['\u00e2', '\u00c2'], breve: ['\u00ea', '\u00ca'] } as const

/** VNI letters coded as one character: horned ơ/ư, đ, and i/y with tones. */
export const VNI_SINGLES: readonly (readonly [string, string])[] = [
  ['\u00f4', 'ơ'],
  ['\u00d4', 'Ơ'],
  ['\u00f6', 'ư'],
  ['\u00d6', 'Ư'],
  ['\u00f1', 'đ'],
  ['\u00d1', 'Đ'],
  ['\u00ed', 'í'],
  ['\u00ec', 'ì'],
  ['\u00e6', 'ỉ'],
  ['\u00f3', 'ĩ'],
  ['\u00f2', 'ị'],
  ['\u00cd', 'Í'],
  ['\u00cc', 'Ì'],
  ['\u00c6', 'Ỉ'],
  ['\u00d3', 'Ĩ'],
  ['\u00d2', 'Ị'],
  ['\u00ee', 'ỵ'],
  ['\u00ce', 'Ỵ'],
]

/** Combining tone marks in the VNI row order: sắc, huyền, hỏi, ngã, nặng. */
export const TONE_MARKS = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const
