import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dupKey } from '../../../shared/library/dup-key'
import { matchRanges } from '../../../shared/library/highlight'
import { ftsMatchExpression, parseQuery } from '../../../shared/library/query'

const vietnamese = fc.string({
  unit: fc.constantFrom(
    ...'aăâeêioôơuưyđĐáàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữự "*-()NEAR:^{}\n.;,'.split('')
  ),
  maxLength: 80,
})
const anything = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), vietnamese)

describe('query properties', () => {
  it('only ever produces quoted letter/digit terms', () => {
    fc.assert(
      fc.property(anything, query => {
        const match = ftsMatchExpression(parseQuery(query))
        return match === undefined || /^("[\p{L}\p{N}]+"\*? ?)+$/u.test(match)
      })
    )
  })

  it('highlights sorted, disjoint ranges inside the text', () => {
    fc.assert(
      fc.property(vietnamese, vietnamese, (text, query) => {
        const ranges = matchRanges(text, parseQuery(query))
        let end = 0
        for (const range of ranges) {
          expect(range.start).toBeGreaterThanOrEqual(end)
          expect(range.end).toBeGreaterThan(range.start)
          expect(range.end).toBeLessThanOrEqual(text.length)
          end = range.end
        }
      })
    )
  })

  it('gives the same key whatever the spacing and normal form', () => {
    fc.assert(
      fc.property(vietnamese, text => {
        const spaced = text.replace(/ /g, '   ').normalize('NFD')
        expect(dupKey(spaced)).toBe(dupKey(text))
      })
    )
  })
})
