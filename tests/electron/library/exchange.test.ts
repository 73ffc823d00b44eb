import { afterEach, describe, expect, it } from 'vitest'
import type { Library } from '../../../electron/main/library/library'
import type { Clause } from '../../../shared/library/types'
import { samplePlan } from '../../shared/library/fixtures'
import { open, paragraph, tempDir } from './helpers'

const opened: Library[] = []
function fresh(): Library {
  const library = open(tempDir())
  opened.push(library)
  return library
}
afterEach(() => opened.splice(0).forEach(library => library.close()))

/** What must survive a round trip: everything but the local id. */
function portable(clause: Clause): Omit<Clause, 'id'> {
  return Object.fromEntries(Object.entries(clause).filter(([key]) => key !== 'id')) as Omit<
    Clause,
    'id'
  >
}

function exportedTexts(content: string): string[] {
  return (JSON.parse(content) as { clauses: Clause[] }).clauses.map(clause => clause.text)
}

function stored(library: Library): ReturnType<typeof portable>[] {
  const ids = Array.from({ length: library.count() * 2 + 5 }, (_, i) => String(i + 1))
  return ids.flatMap(id => {
    const clause = library.get(id)
    return clause ? [portable(clause)] : []
  })
}

describe('export and import', () => {
  it('round-trips into an empty library, and importing twice adds nothing', () => {
    const source = fresh()
    source.addPlan(samplePlan(), { file: 'mau.kehoach' })
    source.bulkInsert([
      paragraph('Kiểm soát tham nhũng năm 2020', { year: 2020 }),
      paragraph('Kiểm soát tham nhũng năm 2024', { year: 2024 }),
    ])
    const first = source.search('tham nhung', { filters: { year: 2024 } })[0]!.clause
    source.approve(first.id)
    source.markUsed(first.id)
    const content = source.exportClauses()

    const target = fresh()
    expect(target.importClauses(content)).toEqual({
      ok: true,
      value: { added: source.count(), skipped: 0 },
    })
    expect(stored(target)).toEqual(stored(source))
    expect(target.importClauses(content)).toEqual({
      ok: true,
      value: { added: 0, skipped: source.count() },
    })
    expect(target.count()).toBe(source.count())
    expect(exportedTexts(target.exportClauses())).toHaveLength(source.count())
    expect(target.search('tham nhung')[0]).toMatchObject({
      count: 2,
      clause: { status: 'approved', useCount: 1 },
    })
  })

  it('exports only the chosen clauses', () => {
    const library = fresh()
    const ids = library.bulkInsert([paragraph('Một'), paragraph('Hai'), paragraph('Ba')])
    expect(exportedTexts(library.exportClauses([ids[1]!, '999']))).toEqual(['Hai'])
  })

  it('merges a near-duplicate with other text as a new member, keeping its provenance', () => {
    const a = fresh()
    a.bulkInsert([paragraph('Báo cáo kết quả năm 2020', { year: 2020, file: 'a.kehoach' })])
    const b = fresh()
    b.bulkInsert([
      paragraph('Báo cáo kết quả năm 2020', { year: 2020, file: 'a.kehoach' }),
      paragraph('Báo cáo kết quả năm 2021', { year: 2021, file: 'b.kehoach' }),
    ])
    expect(a.importClauses(b.exportClauses())).toEqual({
      ok: true,
      value: { added: 1, skipped: 1 },
    })
    expect(a.search('bao cao')[0]).toMatchObject({ count: 2, years: [2020, 2021] })
  })

  const refused: readonly (readonly [string, string, string])[] = [
    [
      'newer version',
      JSON.stringify({ format: 'soan-ke-hoach/library', version: 99, exportedAt: '', clauses: [] }),
      'library.import.newer-version',
    ],
    [
      'a plan file',
      JSON.stringify({ format: 'soan-ke-hoach/plan', schemaVersion: 1, plan: {} }),
      'library.import.wrong-kind',
    ],
    ['not JSON', '{"format": "soan-ke-hoach/library", ', 'library.import.not-json'],
    ['JSON null', 'null', 'library.import.wrong-kind'],
    [
      'a malformed clause',
      JSON.stringify({
        format: 'soan-ke-hoach/library',
        version: 1,
        exportedAt: '',
        clauses: [{ kind: 'paragraph', text: 'x' }],
      }),
      'library.import.invalid',
    ],
    [
      'a kind mismatch',
      JSON.stringify({
        format: 'soan-ke-hoach/library',
        version: 1,
        exportedAt: '',
        clauses: [
          {
            kind: 'item',
            fragment: { kind: 'recipient', text: 'x' },
            text: 'x',
            tags: {},
            source: {},
          },
        ],
      }),
      'library.import.invalid',
    ],
  ]
  it.each(refused)('refuses %s and changes nothing', (_label, content, code) => {
    const library = fresh()
    library.bulkInsert([paragraph('Giữ nguyên')])
    const before = library.exportClauses().replace(/"exportedAt": "[^"]*"/, '')
    const result = library.importClauses(content)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe(code)
      expect(result.error.message).toMatch(/^Không thể nhập thư viện/)
    }
    expect(library.exportClauses().replace(/"exportedAt": "[^"]*"/, '')).toBe(before)
  })
})
