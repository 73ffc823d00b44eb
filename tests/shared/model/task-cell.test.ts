import { describe, expect, it } from 'vitest'
import { cellValue, taskCellText, withCell } from '../../../shared/model/task-cell'
import type { Column, GroupRow, TaskRow } from '../../../shared/model/types'

const col = (kind: Column['kind'], id: string = kind): Column => ({
  id,
  kind,
  label: kind,
  width: 20,
})
const row: TaskRow = {
  type: 'task',
  id: 'r',
  fields: { criterion: 'Công khai', task: 'Niêm yết thủ tục' },
  custom: { c1: 'Ghi thêm' },
}

describe('task cells', () => {
  it.each<[string, Column, string, string | undefined, string]>([
    ['index column prints the computed index', col('index'), '1.2', undefined, '1.2'],
    ['criterion with its letter', col('criterion'), '1', 'a)', 'a) Công khai'],
    ['criterion without a letter', col('criterion'), '1', undefined, 'Công khai'],
    ['a field', col('task'), '1', 'a)', 'Niêm yết thủ tục'],
    ['a custom column', col('custom', 'c1'), '1', undefined, 'Ghi thêm'],
    ['an empty field', col('lead'), '1', undefined, ''],
  ])('%s', (_, column, index, letter, expected) => {
    expect(taskCellText(row, column, index, letter)).toBe(expected)
  })

  it('the stored value has no index and no letter', () => {
    expect(cellValue(row, col('index'))).toBe('')
    expect(cellValue(row, col('criterion'))).toBe('Công khai')
  })

  it('withCell stores into fields or custom, leaves group rows and the index alone', () => {
    expect(withCell(row, col('lead'), 'Văn phòng')).toEqual({
      ...row,
      fields: { ...row.fields, lead: 'Văn phòng' },
    })
    expect(withCell(row, col('custom', 'c2'), 'x')).toEqual({
      ...row,
      custom: { c1: 'Ghi thêm', c2: 'x' },
    })
    expect(withCell(row, col('index'), '9')).toBe(row)
    const group: GroupRow = { type: 'group', id: 'g', label: 'I' }
    expect(withCell(group, col('task'), 'x')).toBe(group)
  })
})
