import { describe, expect, it } from 'vitest'
import { parseRowsFromClipboard, parseTsv } from '../../../renderer/features/plan-editor/paste-rows'
import { presetColumns } from '../../../shared/model/table-presets'

const columns = presetColumns('papi-001')

describe('pasting rows from Excel or Word', () => {
  it('splits tab-separated rows with quoted multi-line cells', () => {
    expect(parseTsv('a\t"b1\nb2"\tc\nd\te\tf\n')).toEqual([
      ['a', 'b1\nb2', 'c'],
      ['d', 'e', 'f'],
    ])
  })

  it('fills the task fields left to right', () => {
    const [row] = parseRowsFromClipboard(
      'Tri thức công dân\tTuyên truyền\t100%\tPhòng VHTT\tUBND xã\tThường xuyên',
      columns
    )
    expect(row?.fields).toEqual({
      criterion: 'Tri thức công dân',
      task: 'Tuyên truyền',
      target: '100%',
      lead: 'Phòng VHTT',
      partners: 'UBND xã',
      timeline: 'Thường xuyên',
    })
  })

  it('drops a copied TT column instead of shifting every value', () => {
    const [row] = parseRowsFromClipboard(
      '1.1\tTri thức công dân\tTuyên truyền\t100%\tPhòng VHTT\tUBND xã\tThường xuyên',
      columns
    )
    expect(row?.fields.criterion).toBe('Tri thức công dân')
    expect(row?.fields.timeline).toBe('Thường xuyên')
  })

  it('keeps cells beyond the last column in the last column', () => {
    const [row] = parseRowsFromClipboard('a\tb\tc\td\te\tf\tg\th', columns)
    expect(row?.fields.timeline).toBe('f\ng\nh')
  })
})
