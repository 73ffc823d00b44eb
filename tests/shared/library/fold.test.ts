import { describe, expect, it } from 'vitest'
import { foldCached } from '../../../shared/library/fold-cached'
import { foldVietnamese } from '../../../shared/text/fold'

/** Each Vietnamese vowel as base letter + its own modifier mark (NFD), and its ASCII fold. */
const VOWELS: readonly (readonly [string, string])[] = [
  ['a', 'a'],
  ['a\u0306', 'a'], // ă
  ['a\u0302', 'a'], // â
  ['e', 'e'],
  ['e\u0302', 'e'], // ê
  ['i', 'i'],
  ['o', 'o'],
  ['o\u0302', 'o'], // ô
  ['o\u031B', 'o'], // ơ
  ['u', 'u'],
  ['u\u031B', 'u'], // ư
  ['y', 'y'],
]

/** No tone, huyền, sắc, hỏi, ngã, nặng. */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']

const cases = VOWELS.flatMap(([vowel, ascii]) =>
  TONES.flatMap(tone => {
    const nfd = vowel + tone
    return [
      { input: nfd.normalize('NFC'), expected: ascii },
      { input: nfd.normalize('NFC').toUpperCase(), expected: ascii },
      { input: nfd, expected: ascii },
      { input: nfd.toUpperCase(), expected: ascii },
    ]
  })
)

const WORDS: readonly (readonly [string, string])[] = [
  ['Đường giao thông', 'duong giao thong'],
  ['ỦY BAN NHÂN DÂN HUYỆN LỘC BÌNH', 'uy ban nhan dan huyen loc binh'],
  ['Kiểm soát tham nhũng', 'kiem soat tham nhung'],
  ['Quản trị điện tử', 'quan tri dien tu'],
  ['đ Đ đĐ', 'd d dd'],
  ['Thủ tục hành chính công', 'thu tuc hanh chinh cong'],
  ['Trách nhiệm giải trình', 'trach nhiem giai trinh'],
  ['Nghiêm túc bảo vệ môi trường', 'nghiem tuc bao ve moi truong'],
]

describe('foldVietnamese', () => {
  it.each(cases)('folds $input to $expected', ({ input, expected }) => {
    expect(foldVietnamese(input)).toBe(expected)
    expect(foldCached(input)).toBe(expected)
  })

  it('covers every vowel with every tone in both cases and both normal forms', () => {
    expect(cases).toHaveLength(12 * 6 * 4)
    expect(new Set(cases.map(c => c.input)).size).toBeGreaterThan(12 * 6 * 2)
  })

  it.each(WORDS)('folds the phrase %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected)
    expect(foldVietnamese(input.normalize('NFD'))).toBe(expected)
    expect(foldCached(input.normalize('NFD'))).toBe(expected)
  })

  it('folds with the cache exactly as without, over every BMP character', () => {
    const mismatches: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) {
        continue
      }
      const text = `x${String.fromCharCode(code)}y z`
      if (foldCached(text) !== foldVietnamese(text)) {
        mismatches.push(code)
      }
    }
    expect(mismatches).toEqual([])
  })
})
