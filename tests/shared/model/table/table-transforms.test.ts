import { describe, expect, it } from 'vitest'
import {
  COLUMN_WIDTH,
  addColumn,
  insertRows,
  moveRow,
  removeColumn,
  removeRow,
  toggleMerge,
  updateColumn,
  updateRow,
} from '../../../../shared/model/table'
import type { Appendix, TableRow, TaskRow } from '../../../../shared/model/types'

const task = (id: string, extra: Partial<TaskRow> = {}): TaskRow => ({
  type: 'task',
  id,
  fields: { task: id },
  ...extra,
})

function table(...ids: string[]): Appendix {
  return {
    type: 'appendix',
    id: 'a',
    title: 'NHIỆM VỤ',
    columns: [
      { id: 'c0', kind: 'index', label: 'STT', width: 12 },
      { id: 'c1', kind: 'task', label: 'Nhiệm vụ', width: 80 },
    ],
    numbering: { group: 'roman', task: 'nested', criterion: 'none' },
    rows: ids.map(id => (id.startsWith('g') ? { type: 'group', id, label: id } : task(id))),
  }
}
const ids = (a: Appendix) => a.rows.map(r => r.id)

describe('moveRow', () => {
  it.each<[string, string, number, string[]]>([
    ['down one', 'r1', 1, ['g1', 'r2', 'r1', 'r3']],
    ['up one', 'r3', -1, ['g1', 'r1', 'r3', 'r2']],
    ['clamped at the top', 'r1', -5, ['r1', 'g1', 'r2', 'r3']],
    ['a group row like any other', 'g1', 2, ['r1', 'r2', 'g1', 'r3']],
  ])('%s', (_, id, delta, expected) => {
    expect(ids(moveRow(table('g1', 'r1', 'r2', 'r3'), id, delta))).toEqual(expected)
  })

  it('returns the same appendix when nothing moves (no empty undo step)', () => {
    const a = table('r1', 'r2')
    expect(moveRow(a, 'r2', 1)).toBe(a)
    expect(moveRow(a, 'r1', -1)).toBe(a)
    expect(moveRow(a, 'nope', 1)).toBe(a)
  })
})

describe('insertRows / removeRow / updateRow', () => {
  it('inserts after a row, or at the end', () => {
    const fresh: TableRow[] = [task('n1'), task('n2')]
    expect(ids(insertRows(table('r1', 'r2'), fresh, 'r1'))).toEqual(['r1', 'n1', 'n2', 'r2'])
    expect(ids(insertRows(table('r1', 'r2'), fresh))).toEqual(['r1', 'r2', 'n1', 'n2'])
    expect(ids(insertRows(table('r1'), fresh, 'unknown'))).toEqual(['r1', 'n1', 'n2'])
  })

  it('removes a row; an unknown id changes nothing', () => {
    const a = table('r1', 'r2')
    expect(ids(removeRow(a, 'r1'))).toEqual(['r2'])
    expect(removeRow(a, 'nope')).toBe(a)
  })

  it('updates one row; an update that changes nothing keeps the appendix', () => {
    const a = table('r1', 'r2')
    const b = updateRow(a, 'r2', r => (r.type === 'task' ? { ...r, fields: { task: 'x' } } : r))
    expect(b.rows[1]).toEqual(task('r2', { fields: { task: 'x' } }))
    expect(b.rows[0]).toBe(a.rows[0])
    expect(updateRow(a, 'r1', r => r)).toBe(a)
  })
})

describe('toggleMerge', () => {
  it('merges into the criterion above and splits again', () => {
    const merged = toggleMerge(task('r'))
    expect(merged.sameCriterion).toBe(true)
    expect(toggleMerge(merged)).toEqual(task('r'))
    expect('sameCriterion' in toggleMerge(merged)).toBe(false)
  })
})

describe('columns', () => {
  it('adds an empty custom column at the right', () => {
    const a = addColumn(table('r1'))
    expect(a.columns).toHaveLength(3)
    expect(a.columns[2]).toMatchObject({ kind: 'custom', label: '', width: 25 })
  })

  it('removes a column, keeps the rows', () => {
    const a = table('r1')
    const b = removeColumn(a, 'c1')
    expect(b.columns.map(c => c.id)).toEqual(['c0'])
    expect(b.rows).toBe(a.rows)
    expect(removeColumn(a, 'nope')).toBe(a)
  })

  it.each<[number, number]>([
    [40, 40],
    [2, COLUMN_WIDTH.min],
    [999, COLUMN_WIDTH.max],
    [Number.NaN, COLUMN_WIDTH.min],
  ])('width %s is kept as %s', (width, expected) => {
    expect(updateColumn(table('r1'), 'c1', { width }).columns[1]?.width).toBe(expected)
  })

  it('relabels a column', () => {
    expect(updateColumn(table('r1'), 'c1', { label: 'Nội dung' }).columns[1]).toMatchObject({
      label: 'Nội dung',
      width: 80,
    })
  })
})
