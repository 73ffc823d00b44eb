import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Library } from '../../../electron/main/library/library'
import { markRanges } from '../../../shared/library/snippet'
import { open, paragraph, tempDir } from './helpers'

let library: Library

beforeEach(() => {
  library = open(tempDir())
  library.bulkInsert([
    paragraph(
      'Kiểm soát tham nhũng trong khu vực công của huyện Lộc Bình năm 2020',
      { year: 2020, level: 'huyen', title: 'KH PAPI Lộc Bình' },
      { papi: 'P4', section: 'tasks' }
    ),
    paragraph(
      'Kiểm soát tham nhũng trong khu vực công của xã Liên Hội năm 2024',
      { year: 2024, level: 'xa', title: 'KH PAPI Liên Hội' },
      { papi: 'P4.1', section: 'tasks' }
    ),
    paragraph(
      'Kiểm soát tham nhũng trong khu vực công của tỉnh Lào Cai năm 2023',
      { year: 2023, level: 'tinh' },
      { papi: 'P4' }
    ),
    paragraph('Đầu tư Đường giao thông nông thôn đến trung tâm xã', { year: 2021 }, { papi: 'P6' }),
    paragraph(
      'Người dân được tiếp cận thông tin nhưng chưa đầy đủ',
      { year: 2022 },
      { papi: 'P2' }
    ),
    paragraph('Không để xảy ra tình trạng nhũng nhiễu người dân', { year: 2022 }, { papi: 'P4' }),
  ])
})

afterEach(() => library.close())

describe('library search', () => {
  it('finds "tham nhũng" from "tham nhung" and collapses near-duplicates with a count', () => {
    const hits = library.search('tham nhung')
    expect(hits).toHaveLength(1)
    expect(hits[0]?.count).toBe(3)
    expect(hits[0]?.years).toEqual([2020, 2023, 2024])
    expect(hits[0]?.clause.text).toContain('tham nhũng')
    const hit = hits[0]!
    expect(markRanges(hit.clause.text, hit.ranges)).toContain('«tham» «nhũng»')
  })

  it('finds "Đường giao thông" from "duong giao thong", typed or still typing', () => {
    for (const query of ['duong giao thong', 'duong giao th', 'DUONG GIAO']) {
      expect(library.search(query).map(h => h.clause.text)).toEqual([
        'Đầu tư Đường giao thông nông thôn đến trung tâm xã',
      ])
    }
  })

  it('ranks an exact-diacritic match above a folded-only one', () => {
    expect(library.search('nhưng')[0]?.clause.text).toContain('nhưng')
    expect(library.search('nhũng')[0]?.clause.text).toContain('nhũng')
    expect(library.search('nhũng nhiễu')[0]?.clause.text).toContain('nhũng nhiễu')
  })

  it('finds words that only a non-representative near-duplicate has', () => {
    const hits = library.search('lao cai')
    expect(hits).toHaveLength(1)
    expect(hits[0]?.count).toBe(3)
  })

  const hostile = [
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
    '"tham',
    'tham"',
    'AND',
    'tham AND OR NOT',
    '(((',
    "'",
    'col:tham',
    '^tham',
    'tham*',
    '+',
    'NEAR(tham nhung, 2)',
    'đ'.repeat(2000) + ' ' + 'a '.repeat(500),
  ]
  it.each(hostile.map(query => ({ query, label: query.slice(0, 24) })))(
    'answers the hostile query $label without error',
    ({ query }) => {
      expect(() => library.search(query)).not.toThrow()
      expect(() => library.search(query, { filters: { papi: 'P4', year: 2020 } })).not.toThrow()
    }
  )

  it('reads query syntax as plain words', () => {
    expect(library.search('"tham" (nhung)*')[0]?.clause.text).toContain('tham nhũng')
    expect(library.search('tham OR nhung')).toEqual([])
    expect(library.search('-tham')[0]?.clause.text).toContain('tham nhũng')
  })

  it('lists clauses for an empty query', () => {
    expect(library.search('').length).toBeGreaterThan(0)
  })

  it('filters by tags, level, year, status and source', () => {
    expect(
      library.search('tham', { filters: { year: 2024 } }).map(h => [h.count, h.years])
    ).toEqual([[1, [2024]]])
    expect(library.search('tham', { filters: { papi: 'P4' } })[0]?.count).toBe(3)
    expect(library.search('tham', { filters: { papi: 'P4.1' } })[0]?.count).toBe(1)
    expect(library.search('tham', { filters: { level: 'tinh' } })[0]?.clause.source.level).toBe(
      'tinh'
    )
    expect(library.search('tham', { filters: { section: 'tasks' } })[0]?.count).toBe(2)
    expect(library.search('tham', { filters: { source: 'Liên Hội' } })[0]?.count).toBe(1)
    expect(library.search('tham', { filters: { status: 'approved' } })).toEqual([])
    expect(library.search('tham', { filters: { kind: 'recipient' } })).toEqual([])
  })

  it('respects the limit', () => {
    expect(library.search('', { limit: 2 })).toHaveLength(2)
    expect(library.search('t', { limit: 1 })).toHaveLength(1)
  })
})

describe('library clause operations', () => {
  it('approves, marks used, updates and removes', () => {
    const [hit] = library.search('nhũng nhiễu')
    const id = hit!.clause.id
    expect(library.approve(id)).toMatchObject({ ok: true, value: { status: 'approved' } })
    expect(library.markUsed(id)).toEqual({ ok: true, value: undefined })
    expect(library.get(id)).toMatchObject({ useCount: 1, status: 'approved' })
    expect(library.get(id)?.lastUsed).toBeTruthy()
    const updated = library.update(id, {
      fragment: {
        kind: 'paragraph',
        block: { type: 'paragraph', id: 'x', content: [{ text: 'Chống sách nhiễu người dân' }] },
      },
    })
    expect(updated.ok && updated.value.text).toBe('Chống sách nhiễu người dân')
    expect(library.search('sach nhieu')[0]?.clause.id).toBe(id)
    expect(library.search('nhung nhieu')).toEqual([])
    expect(library.remove(id)).toEqual({ ok: true, value: undefined })
    expect(library.search('sach nhieu')).toEqual([])
    expect(library.get(id)).toBeUndefined()
  })

  it('reports a missing clause as a value with a Vietnamese message', () => {
    for (const result of [library.approve('999'), library.markUsed('abc'), library.remove('0')]) {
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('library.clause.not-found')
        expect(result.error.message).toContain('Không tìm thấy')
      }
    }
  })

  it('prefers the approved member as a group representative', () => {
    const lao = library.search('tham', { filters: { level: 'tinh' } })[0]!.clause
    library.approve(lao.id)
    const [hit] = library.search('tham nhung')
    expect(hit?.clause.id).toBe(lao.id)
    expect(hit?.count).toBe(3)
  })

  it('adds a plan once: adding it again adds nothing', async () => {
    const { samplePlan } = await import('../../shared/library/fixtures')
    const first = library.addPlan(samplePlan(), { file: 'mau.kehoach' })
    expect(first.added).toBeGreaterThan(10)
    expect(library.addPlan(samplePlan(), { file: 'mau.kehoach' })).toEqual({
      added: 0,
      skipped: first.added,
    })
  })
})

describe('library add', () => {
  it('adds a checked clause and refuses malformed or empty ones', () => {
    const added = library.add(paragraph('Tổ chức đối thoại với người dân'))
    expect(added.ok && library.search('doi thoai')[0]?.clause.id).toBe(added.ok && added.value.id)
    const malformed = {
      ...paragraph('x'),
      fragment: { kind: 'paragraph', block: { type: 'table' } },
    }
    const refused = library.add(malformed as never)
    expect(refused.ok === false && refused.error.code).toBe('library.clause.invalid')
    const empty = library.add(paragraph('   '))
    expect(empty.ok === false && empty.error.code).toBe('library.clause.empty')
  })
})

describe('library search on arbitrary input', () => {
  it('never throws and returns well-formed hits', () => {
    const unit = fc.constantFrom(...'thamnhugđũ "*-()NEAR:^{}OR AND\'.;+'.split(''))
    const query = fc.oneof(fc.string({ unit, maxLength: 40 }), fc.string({ unit: 'binary' }))
    fc.assert(
      fc.property(query, fc.integer({ min: -5, max: 500 }), (q, limit) => {
        const hits = library.search(q, { limit })
        expect(hits.length).toBeLessThanOrEqual(Math.max(1, limit))
        for (const hit of hits) {
          expect(hit.count).toBeGreaterThanOrEqual(1)
        }
      }),
      { numRuns: 300 }
    )
  })
})
