import { describe, expect, it } from 'vitest'
import { createPlan } from '../../../shared/model/create-plan'
import { toPointLetter, toRoman } from '../../../shared/model/labels'
import {
  appendixHeading,
  criterionLetters,
  numberPlan,
  numberTableRows,
} from '../../../shared/model/numbering'
import { createAppendix } from '../../../shared/model/table-presets'
import type { Block, Item, ItemStyle, Plan, TableRow } from '../../../shared/model/types'

const item = (id: string, style: ItemStyle, children: Block[] = []): Item => ({
  type: 'item',
  id,
  style,
  content: [{ text: id }],
  children,
})

describe('labels', () => {
  it.each([
    [1, 'I'],
    [2, 'II'],
    [4, 'IV'],
    [9, 'IX'],
    [14, 'XIV'],
    [40, 'XL'],
  ])('toRoman(%i) = %s', (n, expected) => expect(toRoman(n)).toBe(expected))

  it('point letters follow the Vietnamese alphabet without f, j, w, z', () => {
    const letters = Array.from({ length: 23 }, (_, i) => toPointLetter(i + 1)).join(' ')
    expect(letters).toBe('a b c d đ e g h i k l m n o p q r s t u v x y')
    expect(toPointLetter(24)).toBe('aa')
  })
})

describe('numberPlan', () => {
  const base = createPlan()
  const plan: Plan = {
    ...base,
    sections: [
      {
        ...base.sections[0]!,
        children: [
          item('d1', 'decimal', [
            item('d11', 'decimal', [
              item('p1', 'letter'),
              item('p2', 'letter'),
              item('p3', 'letter'),
              item('p4', 'letter'),
              item('p5', 'letter'),
              item('p6', 'letter', [item('b1', 'dash', [item('q1', 'plus')])]),
            ]),
            item('d12', 'decimal'),
          ]),
          {
            type: 'paragraph',
            id: 'para',
            content: [
              { text: 'x' },
              { type: 'footnote', id: 'fn1', content: [{ text: 'chú thích' }] },
            ],
          },
          item('d2', 'decimal'),
        ],
      },
      { ...base.sections[1]!, children: [item('t1', 'decimal'), item('tl', 'letter')] },
      { type: 'section', id: 'extra', role: 'extra', title: 'KINH PHÍ', children: [] },
      {
        ...base.sections[2]!,
        children: [
          { type: 'paragraph', id: 'p', content: [{ type: 'footnote', id: 'fn2', content: [] }] },
        ],
      },
    ],
  }
  const { labels, footnotes } = numberPlan(plan)

  it.each([
    ['d1', '1.'],
    ['d11', '1.1.'],
    ['d12', '1.2.'],
    ['d2', '2.'],
    ['p1', 'a)'],
    ['p4', 'd)'],
    ['p5', 'đ)'],
    ['p6', 'e)'],
    ['b1', '-'],
    ['q1', '+'],
    ['t1', '1.'],
    ['tl', 'a)'],
  ])('item %s is numbered %s (restarting inside each parent)', (id, label) => {
    expect(labels.get(id)).toBe(label)
  })

  it('numbers sections I, II, III, IV in order, extra sections included', () => {
    expect(plan.sections.map(s => labels.get(s.id))).toEqual(['I.', 'II.', 'III.', 'IV.'])
  })

  it('numbers footnotes by order of appearance', () => {
    expect([footnotes.get('fn1'), footnotes.get('fn2')]).toEqual([1, 2])
  })

  it('is a pure function of the structure: the same plan gives the same labels', () => {
    expect(numberPlan(plan).labels).toEqual(labels)
  })
})

describe('appendix numbering', () => {
  const rows: TableRow[] = [
    { type: 'group', id: 'g1', label: 'Tham gia' },
    { type: 'task', id: 'r1', fields: { criterion: 'Tri thức' } },
    { type: 'task', id: 'r2', fields: { criterion: 'Cơ hội' } },
    { type: 'task', id: 'r3', fields: {}, sameCriterion: true },
    { type: 'group', id: 'g2', label: 'Công khai' },
    { type: 'task', id: 'r4', fields: { criterion: 'Tiếp cận' } },
  ]

  it('nests task numbers under groups (seed 001)', () => {
    const table = { ...createAppendix('papi-001', 'T'), rows }
    expect([...numberTableRows(table).values()]).toEqual(['1', '1.1', '1.2', '1.2', '2', '2.1'])
  })

  it('uses Roman groups and flat tasks (seed 004)', () => {
    const table = { ...createAppendix('papi-004', 'T'), rows }
    expect([...numberTableRows(table).values()]).toEqual(['I', '1', '2', '2', 'II', '1'])
  })

  it('letters groups in capitals or small letters, as imported from Word', () => {
    const base = createAppendix('papi-004', 'T')
    const upper = {
      ...base,
      numbering: { ...base.numbering, group: 'upper-letter' as const },
      rows,
    }
    const lower = {
      ...base,
      numbering: { ...base.numbering, group: 'lower-letter' as const },
      rows,
    }
    expect([...numberTableRows(upper).values()]).toEqual(['A', '1', '2', '2', 'B', '1'])
    expect([...numberTableRows(lower).values()]).toEqual(['a', '1', '2', '2', 'b', '1'])
  })

  it('letters criteria inside each group (seed 002)', () => {
    const table = { ...createAppendix('papi-002', 'T'), rows }
    expect(Object.fromEntries(criterionLetters(table))).toEqual({ r1: 'a)', r2: 'b)', r4: 'a)' })
  })

  it('headings read Phụ lục alone, or Phụ lục I, II when there are several', () => {
    expect(appendixHeading(0, 1)).toBe('Phụ lục')
    expect([appendixHeading(0, 2), appendixHeading(1, 2)]).toEqual(['Phụ lục I', 'Phụ lục II'])
  })
})
