import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Block, Item, Plan } from '../../../shared/model/types'
import { movedIds } from '../../../shared/versions/moved-ids'
import { summariseChanges } from '../../../shared/versions/summarise-changes'

const root = path.resolve(import.meta.dirname, '..', '..', '..')
const sample = (
  JSON.parse(fs.readFileSync(path.join(root, 'resources', 'samples', '004.kehoach'), 'utf8')) as {
    plan: Plan
  }
).plan

const paragraph = (id: string, text: string): Block => ({
  type: 'paragraph',
  id,
  content: [{ text }],
})
const item = (id: string, text: string, children: Block[] = []): Item => ({
  type: 'item',
  id,
  style: 'dash',
  content: [{ text }],
  children,
})

/** The plan with the children of section `i` replaced. */
function withSection(plan: Plan, i: number, change: (children: readonly Block[]) => Block[]): Plan {
  return {
    ...plan,
    sections: plan.sections.map((s, k) => (k === i ? { ...s, children: change(s.children) } : s)),
  }
}

/** The plan with the first appendix's rows replaced. */
function withRows(plan: Plan, change: (rows: Plan['appendices'][0]['rows']) => typeof rows): Plan {
  const [first, ...rest] = plan.appendices
  return { ...plan, appendices: [{ ...first!, rows: change(first!.rows) }, ...rest] }
}

const retext = (b: Block, text: string): Block => ({ ...b, content: [{ text }] })

const CASES: { name: string; after: (plan: Plan) => Plan; expected: string }[] = [
  {
    name: 'nothing changed',
    after: plan => ({ ...plan }),
    expected: 'Không đổi nội dung',
  },
  {
    name: 'three items added, one paragraph edited',
    after: plan =>
      withSection(
        withSection(plan, 0, c => [...c, item('n1', 'A'), item('n2', 'B')]),
        2,
        c => [item('n3', 'C'), retext(c[0]!, 'Sửa'), ...c.slice(1)]
      ),
    expected: '+3 mục, sửa 1 mục',
  },
  {
    name: 'paragraphs removed and edited, subject changed',
    after: plan => ({
      ...plan,
      subject: `${plan.subject} (sửa)`,
      preamble: [],
      closing: plan.closing.map(p => ({ ...p, content: [{ text: 'Trên đây là kế hoạch.' }] })),
    }),
    expected: `sửa trích yếu, ${'\u2212'}1 đoạn, sửa 1 đoạn`,
  },
  {
    name: 'two rows added and one removed in the appendix',
    after: plan =>
      withRows(plan, rows => [
        ...rows.slice(1),
        { type: 'task', id: 'r1', fields: { task: 'Mới' } },
        { type: 'task', id: 'r2', fields: { task: 'Mới nữa' } },
      ]),
    expected: `Phụ lục: +2 dòng, ${'\u2212'}1 dòng`,
  },
  {
    name: 'an item moved to the end of its section (its sub-items move with it, uncounted)',
    after: plan => withSection(plan, 1, c => [...c.slice(1), c[0]!]),
    expected: 'chuyển 1 mục',
  },
  {
    name: 'a paragraph moved to another section',
    after: plan => ({
      ...withSection(plan, 0, c => [...c, ...plan.preamble]),
      preamble: [],
    }),
    expected: 'chuyển 1 đoạn',
  },
  {
    name: 'recipients, signature, header and an extra section',
    after: plan => ({
      ...plan,
      header: { ...plan.header, number: '999' },
      recipients: [...plan.recipients, { id: 'nn', text: 'UBND xã A' }],
      signature: { ...plan.signature, signer: 'Nguyễn Văn A' },
      sections: [
        ...plan.sections.slice(0, 2),
        { type: 'section', id: 'x', role: 'extra', title: 'KINH PHÍ', children: [] },
        ...plan.sections.slice(2),
      ],
    }),
    expected: 'sửa phần đầu, +1 phần, +1 nơi nhận, sửa chữ ký',
  },
  {
    name: 'only the proofing choice changed',
    after: plan => ({ ...plan, proofing: { toneStyle: 'new' } }),
    expected: 'Chỉ đổi thiết lập kiểm tra',
  },
  {
    name: 'a whole appendix added (its rows are not counted again)',
    after: plan => ({
      ...plan,
      appendices: [...plan.appendices, { ...plan.appendices[0]!, id: 'ap2' }],
    }),
    expected: '+1 phụ lục',
  },
]

describe('summariseChanges', () => {
  it.each(CASES)('$name → $expected', ({ after, expected }) => {
    expect(summariseChanges(sample, after(sample))).toBe(expected)
  })

  it('a first version says what it holds', () => {
    expect(summariseChanges(undefined, sample)).toMatch(
      /^Bản đầu tiên: 3 phần, \d+ mục, \d+ đoạn, 1 phụ lục$/
    )
  })

  it('a sub-item edited inside an unchanged item counts once, as the sub-item', () => {
    const before = withSection(sample, 0, () => [item('a', 'Cha', [paragraph('b', 'Con')])])
    const after = withSection(sample, 0, () => [item('a', 'Cha', [paragraph('b', 'Con sửa')])])
    expect(summariseChanges(before, after)).toBe('sửa 1 đoạn')
  })
})

describe('movedIds', () => {
  it.each([
    [['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], []],
    [['a', 'b', 'c', 'd'], ['b', 'c', 'd', 'a'], ['a']],
    [
      ['a', 'b', 'c', 'd'],
      ['d', 'c', 'b', 'a'],
      ['d', 'c', 'b'],
    ],
    [['a', 'b', 'c', 'd', 'e'], ['a', 'd', 'b', 'c', 'e'], ['d']],
  ])('%j → %j moves %j', (before, after, moved) => {
    expect(movedIds(before, after)).toEqual(moved)
  })
})
