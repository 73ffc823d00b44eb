import { describe, expect, it } from 'vitest'
import { createPlan } from '../../../../shared/model/create-plan'
import {
  appendBasis,
  appendRecipient,
  appendTaskRow,
  insertExtraSection,
  withFreshIds,
} from '../../../../shared/model/insert'
import { createAppendix } from '../../../../shared/model/table-presets'
import type { Block, Plan, TaskRow } from '../../../../shared/model/types'

const plan: Plan = {
  ...createPlan(),
  recipients: [{ id: 'r1', text: 'Sở Nội vụ' }],
  bases: [{ id: 'b1', content: [{ text: 'Căn cứ Luật Tổ chức chính quyền địa phương;' }] }],
  appendices: [
    { ...createAppendix('papi-001', 'A'), id: 'apx1', rows: [] },
    { ...createAppendix('papi-001', 'B'), id: 'apx2', rows: [] },
  ],
}
const row: TaskRow = { type: 'task', id: 'new', fields: { task: 'Tuyên truyền.' } }
const rowIds = (p: Plan) => p.appendices.map(a => a.rows.map(r => r.id))

describe('appendTaskRow', () => {
  it.each<[string, string | undefined, string[][]]>([
    ['into the appendix asked for', 'apx1', [['new'], []]],
    ['into the last appendix when none is asked for', undefined, [[], ['new']]],
    ['into the last appendix when the one asked for is gone', 'gone', [[], ['new']]],
  ])('%s', (_, appendixId, expected) => {
    expect(rowIds(appendTaskRow(plan, row, appendixId))).toEqual(expected)
  })

  it('makes a PAPI task table for a plan without appendices', () => {
    const out = appendTaskRow({ ...plan, appendices: [] }, row, undefined)
    expect(out.appendices).toHaveLength(1)
    expect(out.appendices[0]?.rows).toEqual([row])
    const kinds = (columns: readonly { kind: string }[] = []) => columns.map(c => c.kind)
    expect(kinds(out.appendices[0]?.columns)).toEqual(kinds(createAppendix('papi-001', '').columns))
  })
})

describe('appendRecipient and appendBasis', () => {
  it('add after the existing lines', () => {
    const recipient = { id: 'r2', text: 'Phòng Nội vụ' }
    expect(appendRecipient(plan, recipient).recipients).toEqual([...plan.recipients, recipient])
    const line = { id: 'b2', content: [{ text: 'Căn cứ Kế hoạch số 94/KH-UBND;' }] }
    expect(appendBasis(plan, line).bases).toEqual([...plan.bases, line])
  })
})

describe('insertExtraSection', () => {
  it('goes before Tổ chức thực hiện', () => {
    const out = insertExtraSection(plan, 'x', 'KINH PHÍ THỰC HIỆN')
    expect(out.sections.map(s => s.role)).toEqual(['purpose', 'tasks', 'extra', 'organization'])
    expect(out.sections[2]).toEqual({
      type: 'section',
      id: 'x',
      role: 'extra',
      title: 'KINH PHÍ THỰC HIỆN',
      children: [],
    })
  })

  it('goes last when the plan has no Tổ chức thực hiện', () => {
    const bare = { ...plan, sections: plan.sections.filter(s => s.role !== 'organization') }
    expect(
      insertExtraSection(bare, 'x', 'KINH PHÍ')
        .sections.map(s => s.id)
        .at(-1)
    ).toBe('x')
  })
})

describe('withFreshIds', () => {
  const blocks: Block[] = [
    {
      type: 'item',
      id: 'i1',
      style: 'decimal',
      content: [{ text: 'Mục' }, { type: 'footnote', id: 'f1', content: [{ text: 'Chú thích.' }] }],
      children: [{ type: 'paragraph', id: 'p1', content: [{ text: 'Đoạn.' }] }],
    },
  ]

  it('renews every block and footnote id, deeply, and keeps everything else', () => {
    let n = 0
    const out = withFreshIds(blocks, () => `n${++n}`)
    expect(out).toEqual([
      {
        ...blocks[0],
        id: 'n1',
        content: [
          { text: 'Mục' },
          { type: 'footnote', id: 'n2', content: [{ text: 'Chú thích.' }] },
        ],
        children: [{ type: 'paragraph', id: 'n3', content: [{ text: 'Đoạn.' }] }],
      },
    ])
  })
})
