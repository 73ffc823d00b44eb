import { describe, expect, it } from 'vitest'
import { carryForward, type ChangeKind } from '../../../../shared/lineage'
import { groupChanges } from '../../../../shared/lineage/review/group-changes'
import { KIND_LABELS, KIND_ORDER } from '../../../../shared/lineage/review/kind-labels'
import {
  provenanceKindText,
  provenanceOf,
  provenanceSource,
  shortDate,
} from '../../../../shared/lineage/review/provenance'
import { samplePlan } from '../sample-plans'

describe('kind labels', () => {
  it('orders every kind once, each with a Vietnamese name in NFC', () => {
    expect([...KIND_ORDER].sort()).toEqual((Object.keys(KIND_LABELS) as ChangeKind[]).sort())
    for (const label of Object.values(KIND_LABELS)) {
      expect(label).toBe(label.normalize('NFC'))
      expect(label).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/u)
    }
  })
})

describe('groupChanges', () => {
  it('groups the carried-forward sample 002 by kind, changes first, in reading order', () => {
    const { changes } = carryForward(samplePlan('002'), { toYear: 2025 })
    const groups = groupChanges(changes)
    expect(groups.map(g => [g.label, g.changes.length, g.flag])).toEqual([
      ['Số, ngày để trống', 1, false],
      ['Năm chuyển sang năm mới', 5, false],
      ['Phần mở đầu, văn bản cấp trên cần xem lại', 1, true],
      ['Năm trước cần xem lại', 3, true],
    ])
    const years = groups[1]!.changes.map(c => Number(c.id.slice(1)))
    expect(years).toEqual([...years].sort((a, b) => a - b))
    expect(groups.flatMap(g => g.changes)).toHaveLength(changes.length)
  })

  it('gives no group for no changes', () => {
    expect(groupChanges([])).toEqual([])
  })
})

describe('provenance', () => {
  const source = samplePlan('002')
  const now = new Date('2026-12-05T07:30:00.000Z')

  it('remembers the source file, number, date, issuer and time', () => {
    const p = provenanceOf(source, { kind: 'carry-forward', file: 'C:\\KH\\002.kehoach', now })
    expect(p).toEqual({
      kind: 'carry-forward',
      file: '002.kehoach',
      number: '354/KH-UBND',
      date: { day: 30, month: 5, year: 2024 },
      issuer: 'Ủy ban nhân dân xã Liên Hội',
      subject: source.subject,
      createdAt: '2026-12-05T07:30:00.000Z',
    })
    expect(provenanceSource(p)).toBe(`Kế hoạch số 354/KH-UBND ngày 30/5/2024 của ${p.issuer}`)
    expect(provenanceKindText(p)).toBe('Lập kế hoạch năm sau')
  })

  it('leaves out what the source lacks and names the derived level', () => {
    const blank = { ...source, header: { ...source.header, date: {}, agency: [] } }
    const { number: _n, issuerName: _i, ...header } = blank.header
    const p = provenanceOf({ ...blank, header }, { kind: 'derive', level: 'xa', now })
    expect(p.number).toBeUndefined()
    expect(p.file).toBeUndefined()
    expect(provenanceSource(p)).toBe('Kế hoạch')
    expect(provenanceKindText(p)).toBe('Triển khai xuống cấp xã')
  })

  it.each([
    [{ day: 2, month: 6, year: 2024 }, '02/6/2024'],
    [{ day: 15, month: 1, year: 2024 }, '15/01/2024'],
    [{ year: 2024 }, '…/…/2024'],
    [{}, ''],
  ])('writes %j as %s', (date, expected) => {
    expect(shortDate(date)).toBe(expected)
  })
})
