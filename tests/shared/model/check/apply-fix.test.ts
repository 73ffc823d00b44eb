import { describe, expect, it } from 'vitest'
import { applyFix, applyFixes } from '../../../../shared/model/check/apply-fix'
import { replaceFix } from '../../../../shared/model/check/fix'
import { createPlan } from '../../../../shared/model/create-plan'
import type { Paragraph, Plan, Run } from '../../../../shared/model/types'

function planWith(content: Run[]): Plan {
  const plan = createPlan({ year: 2025 })
  const p: Paragraph = { type: 'paragraph', id: 'p1', content }
  return { ...plan, preamble: [p], recipients: [{ id: 'r1', text: 'Như trên' }] }
}
const body = (plan: Plan) => plan.preamble[0]?.content

describe('applyFix', () => {
  it('replaces text inside one run', () => {
    const plan = planWith([{ text: 'Hòa  bình' }])
    const out = applyFix(plan, replaceFix({ id: 'p1', field: 'content' }, 3, '  ', ' '))
    expect(body(out)).toEqual([{ text: 'Hòa bình' }])
  })

  it('keeps the formatting of runs around the change', () => {
    const plan = planWith([{ text: 'Ủy ban ' }, { text: 'nhân  dân', bold: true }, { text: ' xã' }])
    const out = applyFix(plan, replaceFix({ id: 'p1', field: 'content' }, 11, '  ', ' '))
    expect(body(out)).toEqual([
      { text: 'Ủy ban ' },
      { text: 'nhân dân', bold: true },
      { text: ' xã' },
    ])
  })

  it('handles a change across runs and skips footnotes', () => {
    const note: Run = { type: 'footnote', id: 'f', content: [{ text: 'ghi chú' }] }
    const plan = planWith([{ text: 'năm 2024 ' }, note, { text: ' ,tiếp' }])
    const out = applyFix(plan, replaceFix({ id: 'p1', field: 'content' }, 8, '  ,', ', '))
    expect(body(out)).toEqual([{ text: 'năm 2024, ' }, note, { text: 'tiếp' }])
  })

  it('refuses a replacement whose text has changed', () => {
    const plan = planWith([{ text: 'Hòa bình' }])
    const out = applyFix(plan, replaceFix({ id: 'p1', field: 'content' }, 3, '  ', ' '))
    expect(out).toEqual(plan)
  })

  it('applies every fix of a rule from the end, skipping overlaps', () => {
    const plan = planWith([{ text: 'a  b  c' }])
    const target = { id: 'p1', field: 'content' }
    const out = applyFixes(plan, [
      replaceFix(target, 1, '  ', ' '),
      replaceFix(target, 4, '  ', ' '),
      replaceFix(target, 1, '  b', 'X'),
    ])
    expect(body(out)).toEqual([{ text: 'a b c' }])
  })

  it('adds a recipient once', () => {
    const plan = planWith([])
    const fix = { kind: 'add-recipient', text: 'Phòng Nội vụ' } as const
    const out = applyFixes(plan, [fix, fix])
    expect(out.recipients.map(r => r.text)).toEqual(['Như trên', 'Phòng Nội vụ'])
  })

  it('edits subject, recipients, section titles and table cells', () => {
    const plan = planWith([])
    const withTable: Plan = {
      ...plan,
      subject: 'Kế hoạch  năm 2025',
      appendices: [
        {
          type: 'appendix',
          id: 'a1',
          title: 'Phụ lục',
          columns: [],
          numbering: { group: 'arabic', task: 'nested', criterion: 'none' },
          rows: [{ type: 'task', id: 't1', fields: { lead: 'Phòng  Nội vụ' } }],
        },
      ],
    }
    const out = applyFixes(withTable, [
      replaceFix({ field: 'subject' }, 8, '  ', ' '),
      replaceFix({ id: 't1', field: 'fields.lead' }, 5, '  ', ' '),
      replaceFix({ id: 'r1', field: 'recipient' }, 0, 'Như', 'Nhu'),
    ])
    expect(out.subject).toBe('Kế hoạch năm 2025')
    const row = out.appendices[0]?.rows[0]
    expect(row?.type === 'task' && row.fields.lead).toBe('Phòng Nội vụ')
    expect(out.recipients[0]?.text).toBe('Nhu trên')
  })
})
