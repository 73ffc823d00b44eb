import { describe, expect, it } from 'vitest'
import { decodeLegacy, legacyEncoding } from '../../../shared/import/legacy-fonts'
import {
  TCVN3_TABLE,
  TONE_MARKS,
  VNI_HATS,
  VNI_SINGLES,
  VNI_TONES,
} from '../../../shared/import/legacy-tables'

const BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
/** Every Vietnamese vowel with every tone (none, sắc, huyền, hỏi, ngã, nặng), NFC. */
const VOWELS = BASES.flatMap(b => ['', ...TONE_MARKS].map(t => (b + t).normalize('NFC')))

/** Independent TCVN3 encoder built from the table (inverse map). */
function toTcvn3(text: string): string {
  const inverse = new Map(TCVN3_TABLE.map(([k, v]) => [v, k]))
  return [...text].map(ch => inverse.get(ch) ?? ch).join('')
}

/** VNI encoder from the decomposed letter: base, hat, tone → base + mark characters. */
function toVni(ch: string): string {
  const upper = ch !== ch.toLowerCase()
  const single = VNI_SINGLES.find(([, u]) => u === ch)
  if (single) {
    return single[0]
  }
  const nfd = ch.normalize('NFD')
  const base = nfd.charAt(0)
  const marks = nfd.slice(1)
  const tone = TONE_MARKS.findIndex(t => marks.includes(t))
  const u = upper ? 1 : 0
  if (marks.includes('\u031b')) {
    const horn =
      base.toLowerCase() === 'o' ? (upper ? '\u00d4' : '\u00f4') : upper ? '\u00d6' : '\u00f6'
    return horn + (tone >= 0 ? (upper ? VNI_TONES.plainUpper : VNI_TONES.plain)[tone] : '')
  }
  if (marks.includes('\u0302')) {
    return (
      base +
      (tone >= 0
        ? (upper ? VNI_TONES.circumflexUpper : VNI_TONES.circumflex)[tone]
        : VNI_HATS.circumflex[u])
    )
  }
  if (marks.includes('\u0306')) {
    return (
      base +
      (tone >= 0 ? (upper ? VNI_TONES.breveUpper : VNI_TONES.breve)[tone] : VNI_HATS.breve[u])
    )
  }
  return base + (tone >= 0 ? (upper ? VNI_TONES.plainUpper : VNI_TONES.plain)[tone] : '')
}

describe('old Vietnamese encodings', () => {
  it('recognises TCVN3 and VNI fonts', () => {
    expect(legacyEncoding('.VnTime')).toBe('tcvn3')
    expect(legacyEncoding('.VnTimeH')).toBe('tcvn3-caps')
    expect(legacyEncoding('.VnArial')).toBe('tcvn3')
    expect(legacyEncoding('VNI-Times')).toBe('vni')
    expect(legacyEncoding('Times New Roman')).toBeUndefined()
  })
  it('TCVN3: every vowel with every tone, đ, and real words', () => {
    for (const v of [...VOWELS, 'đ']) {
      expect(decodeLegacy(toTcvn3(v), 'tcvn3')).toBe(v)
    }
    for (const v of ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']) {
      expect(decodeLegacy(toTcvn3(v), 'tcvn3')).toBe(v)
    }
    expect(decodeLegacy('B\u00b6o Th\u00beng', 'tcvn3')).toBe('Bảo Thắng')
    expect(decodeLegacy('M\u00ad\u00eang Kh\u00ad\u00acng', 'tcvn3')).toBe('Mường Khương')
    expect(decodeLegacy('B\u00b8t X\u00b8t', 'tcvn3')).toBe('Bát Xát')
    expect(decodeLegacy('\u00f1y ban nh\u00a9n d\u00a9n', 'tcvn3-caps')).toBe('ỦY BAN NHÂN DÂN')
    expect(decodeLegacy('kÕ ho\u00b9ch', 'tcvn3-caps')).toBe('KẾ HOẠCH')
  })
  it('VNI: every vowel with every tone in both cases, đ/Đ, and real words', () => {
    for (const v of [...VOWELS, 'đ']) {
      expect(decodeLegacy(toVni(v), 'vni')).toBe(v)
      const up = v.toLocaleUpperCase('vi')
      expect(decodeLegacy(toVni(up), 'vni')).toBe(up)
    }
    expect(decodeLegacy('Xin cha\u00f8o ca\u00f9c ba\u00efn', 'vni')).toBe('Xin chào các bạn')
    expect(decodeLegacy('Vie\u00e4t Nam \u00d1o\u00e0ng', 'vni')).toBe('Việt Nam Đồng')
    expect(decodeLegacy('ng\u00f6\u00f4\u00f8i da\u00e2n', 'vni')).toBe('người dân')
  })
})
