import { describe, expect, it } from 'vitest'
import { exactMatchCount, matchRanges } from '../../../shared/library/highlight'
import { ftsMatchExpression, ftsPhraseExpression, parseQuery } from '../../../shared/library/query'
import { markRanges, snippet } from '../../../shared/library/snippet'

const HOSTILE = [
  '"',
  '*',
  '-x',
  'NEAR(',
  'a OR',
  ')(',
  '😀',
  'x'.repeat(2000),
  '',
  '   ',
  "'; DROP TABLE clause; --",
  '"tham" AND',
  '^a:b',
  '{a b}: c',
]

describe('parseQuery', () => {
  it('folds the words and keeps them raw', () => {
    expect(parseQuery('Tham NHŨNG')).toEqual({
      terms: ['tham', 'nhung'],
      raw: ['tham', 'nhũng'],
      lastIsPrefix: true,
    })
  })

  it('treats the last word as a prefix unless the query ends with a break', () => {
    expect(parseQuery('duong giao th').lastIsPrefix).toBe(true)
    expect(parseQuery('duong giao ').lastIsPrefix).toBe(false)
  })

  it.each(HOSTILE)('turns %j into quoted letter/digit terms only', query => {
    const parsed = parseQuery(query)
    expect(parsed.terms.length).toBeLessThanOrEqual(12)
    for (const term of parsed.terms) {
      expect(term).toMatch(/^[\p{L}\p{N}]{1,48}$/u)
    }
    const match = ftsMatchExpression(parsed)
    if (match !== undefined) {
      expect(match).toMatch(/^("[\p{L}\p{N}]+"\*? ?)+$/u)
    }
  })

  it('has no expression for a query without words', () => {
    expect(ftsMatchExpression(parseQuery('"*()-'))).toBeUndefined()
    expect(ftsPhraseExpression(parseQuery('tham'))).toBeUndefined()
    expect(ftsPhraseExpression(parseQuery('duong giao th'))).toBe('"duong giao th"*')
  })
})

describe('matchRanges', () => {
  it('marks folded matches on the original text', () => {
    const text = 'Xây dựng Đường giao thông nông thôn'
    const ranges = matchRanges(text, parseQuery('duong giao thong'))
    expect(markRanges(text, ranges)).toBe('Xây dựng «Đường» «giao» «thông» nông thôn')
  })

  it('matches the last word as a prefix and others as whole words', () => {
    const text = 'tham nhũng, thamnhung, tham gia'
    expect(markRanges(text, matchRanges(text, parseQuery('tham nh')))).toBe(
      '«tham» «nh»ũng, thamnhung, «tham» gia'
    )
  })

  it('keeps NFD combining marks inside the highlighted range', () => {
    const text = 'Đường'.normalize('NFD')
    const [range] = matchRanges(text, parseQuery('duong '))
    expect(range).toEqual({ start: 0, end: text.length })
  })

  it('counts words typed with diacritics that occur exactly', () => {
    expect(exactMatchCount('tham nhũng', parseQuery('tham nhũng'))).toBe(1)
    expect(exactMatchCount('tham nhưng', parseQuery('tham nhũng'))).toBe(0)
    expect(exactMatchCount('tham nhũng', parseQuery('tham nhung'))).toBe(0)
  })
})

describe('snippet', () => {
  it('cuts a long text around the first match and shifts the ranges', () => {
    const text = `${'mở đầu '.repeat(60)}tham nhũng ${'kết thúc '.repeat(60)}`
    const cut = snippet(text, matchRanges(text, parseQuery('tham nhung')), 120)
    expect(cut.text.startsWith('…')).toBe(true)
    expect(cut.text.endsWith('…')).toBe(true)
    expect(markRanges(cut.text, cut.ranges)).toContain('«tham» «nhũng»')
  })
})
