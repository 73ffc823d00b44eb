import { describe, expect, it } from 'vitest'
import { similarityMeter, wordParts } from '../../../../shared/lineage/compare'

describe('wordParts', () => {
  it.each([
    [
      'Cụ thể:',
      'Chi tiết:',
      [
        { type: 'removed', text: 'Cụ thể' },
        { type: 'added', text: 'Chi tiết' },
        { type: 'same', text: ':' },
      ],
    ],
    [
      'trong năm 2024.',
      'trong năm 2025.',
      [
        { type: 'same', text: 'trong năm ' },
        { type: 'removed', text: '2024' },
        { type: 'added', text: '2025' },
        { type: 'same', text: '.' },
      ],
    ],
    [
      'Phòng Nội vụ',
      'Phòng Nội vụ chủ trì',
      [
        { type: 'same', text: 'Phòng Nội vụ' },
        { type: 'added', text: ' chủ trì' },
      ],
    ],
    ['a  b', 'a  b', [{ type: 'same', text: 'a  b' }]],
    ['', '', []],
  ])('%j → %j', (older, newer, parts) => {
    expect(wordParts(older, newer)).toEqual(parts)
  })

  it('keeps a word kept between two replaced words as kept', () => {
    const parts = wordParts('các sở, ban, ngành', 'các phòng, ban, đơn vị')
    expect(
      parts
        .filter(p => p.type === 'same')
        .map(p => p.text)
        .join('')
    ).toContain(', ban, ')
  })
})

describe('similarityMeter', () => {
  it('measures shared words, case folded, 0 when the lengths alone rule it out', () => {
    const similarity = similarityMeter()
    expect(similarity('Phòng Nội vụ', 'phòng nội vụ')).toBe(1)
    expect(similarity('a b c d', 'a b x y')).toBe(0.5)
    expect(similarity('', '')).toBe(1)
    expect(similarity('a', 'a b c d e f g h i j', 0.8)).toBe(0)
  })
})
