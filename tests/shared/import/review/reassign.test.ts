import { describe, expect, it } from 'vitest'
import { createPlan } from '../../../../shared/model/create-plan'
import { restorePlan } from '../../../../shared/model/restore'
import type { Block, Paragraph, Plan } from '../../../../shared/model/types'
import { looseParagraphs, reassignParagraph, reviewParts } from '../../../../shared/import/review'

const para = (id: string, text: string): Paragraph => ({
  type: 'paragraph',
  id,
  content: [{ text }],
})

/** A plan as an import leaves it: sign-off and a flattened table read as running text. */
function imported(): Plan {
  const plan = createPlan({
    agency: ['ỦY BAN NHÂN DÂN', 'XÃ TÂN LẬP'],
    place: 'Tân Lập',
    year: 2024,
  })
  const tasks: Block[] = [
    para('t1', 'Thực hiện tốt công tác cải cách hành chính.'),
    para('kinh-phi', 'IV. KINH PHÍ THỰC HIỆN'),
    para('t2', 'Kinh phí thực hiện từ ngân sách xã.'),
    para('pl', 'PHỤ LỤC NHIỆM VỤ NĂM 2024'),
    para('h', 'STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành'),
    para('r1', '1 | Niêm yết công khai thủ tục | Văn phòng UBND | Quý I/2024'),
    para('r2', '2 | Rà soát quy trình nội bộ | Công chức Tư pháp | Quý II/2024'),
  ]
  return {
    ...plan,
    subject: 'Nâng cao Chỉ số PAPI năm 2024',
    sections: plan.sections.map(s => (s.role === 'tasks' ? { ...s, children: tasks } : s)),
    closing: [
      para('nn', 'Nơi nhận:\n- UBND huyện;\n- Đảng ủy xã;\n- Lưu: VT, VP.'),
      para('sig', 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An'),
    ],
  }
}

const tasksOf = (plan: Plan) => plan.sections.find(s => s.role === 'tasks')?.children ?? []
const valid = (plan: Plan) => {
  const restored = restorePlan(JSON.parse(JSON.stringify(plan)))
  expect(restored.ok && restored.repairs).toEqual([])
}

describe('import review', () => {
  it('lists every top-level plain paragraph with where it sits', () => {
    const loose = looseParagraphs(imported())
    expect(loose.map(l => l.id)).toEqual([
      't1',
      'kinh-phi',
      't2',
      'pl',
      'h',
      'r1',
      'r2',
      'nn',
      'sig',
    ])
    expect(loose.find(l => l.id === 'nn')?.where).toEqual({ kind: 'closing' })
  })

  it('"đây là Nơi nhận" splits the lines, drops dashes, takes Lưu as the archive line', () => {
    const plan = reassignParagraph(imported(), 'nn', 'recipients')
    expect(plan.recipients.map(r => r.text)).toEqual(['UBND huyện', 'Đảng ủy xã'])
    expect(plan.archive).toBe('VT, VP')
    expect(plan.closing.map(p => p.id)).toEqual(['sig'])
    valid(plan)
  })

  it('a one-line Nơi nhận list is split at its semicolons', () => {
    const base = imported()
    const plan = reassignParagraph(
      { ...base, closing: [para('nn', '- Sở Nội vụ; - UBND huyện; - Lưu: VT.')] },
      'nn',
      'recipients'
    )
    expect(plan.recipients.map(r => r.text)).toEqual(['Sở Nội vụ', 'UBND huyện'])
    expect(plan.archive).toBe('VT')
  })

  it('"đây là người ký" reads authority, title and name', () => {
    const plan = reassignParagraph(imported(), 'sig', 'signature')
    expect(plan.signature).toEqual({
      lines: [{ prefix: 'TM', text: 'ỦY BAN NHÂN DÂN' }, { text: 'CHỦ TỊCH' }],
      signer: 'Nguyễn Văn An',
    })
    expect(plan.closing.map(p => p.id)).toEqual(['nn'])
    valid(plan)
  })

  it('"đây là mục" starts an extra section holding what follows, Roman number dropped', () => {
    const plan = reassignParagraph(imported(), 'kinh-phi', 'section')
    expect(plan.sections.map(s => s.role)).toEqual(['purpose', 'tasks', 'extra', 'organization'])
    const extra = plan.sections[2]
    expect(extra?.title).toBe('KINH PHÍ THỰC HIỆN')
    expect(extra?.children.map(b => b.id)).toEqual(['t2', 'pl', 'h', 'r1', 'r2'])
    expect(tasksOf(plan).map(b => b.id)).toEqual(['t1'])
    valid(plan)
  })

  it('"đây là mục" on running text typed under an item lifts what follows into the new section', () => {
    const base = imported()
    const item: Block = {
      type: 'item',
      id: 'i1',
      style: 'decimal',
      content: [{ text: 'Công khai thủ tục hành chính.' }],
      children: [
        para('c1', 'Tại trụ sở.'),
        para('kp', 'KINH PHÍ THỰC HIỆN'),
        para('c2', 'Ngân sách xã.'),
      ],
    }
    const plan0 = {
      ...base,
      sections: base.sections.map(s =>
        s.role === 'tasks' ? { ...s, children: [item, para('t9', 'Đoạn cuối.')] } : s
      ),
    }
    expect(looseParagraphs(plan0).find(l => l.id === 'kp')?.nested).toBe(true)
    const plan = reassignParagraph(plan0, 'kp', 'section')
    const tasks = tasksOf(plan)
    expect(tasks.map(b => b.id)).toEqual(['i1'])
    expect(tasks[0]?.type === 'item' && tasks[0].children.map(b => b.id)).toEqual(['c1'])
    expect(plan.sections[2]?.children.map(b => b.id)).toEqual(['c2', 't9'])
    valid(plan)
    // Another role takes only the paragraph itself.
    const moved = reassignParagraph(plan0, 'kp', 'recipients')
    expect(moved.recipients.map(r => r.text)).toEqual(['KINH PHÍ THỰC HIỆN'])
    const kept = tasksOf(moved)[0]
    expect(kept?.type === 'item' && kept.children.map(b => b.id)).toEqual(['c1', 'c2'])
  })

  it('"đây là mục" does nothing in Mục đích, yêu cầu (extra sections go after II.)', () => {
    const base = imported()
    const purpose = base.sections[0]
    const withPara = {
      ...base,
      sections: base.sections.map(s =>
        s === purpose ? { ...s, children: [...s.children, para('p9', 'III. KHÁC')] } : s
      ),
    }
    expect(reassignParagraph(withPara, 'p9', 'section')).toBe(withPara)
  })

  it('"đây là phụ lục" makes an appendix of the title and the flattened table after it', () => {
    const plan = reassignParagraph(imported(), 'pl', 'appendix')
    expect(plan.appendices).toHaveLength(1)
    const a = plan.appendices[0]
    expect(a?.title).toBe('NHIỆM VỤ NĂM 2024')
    expect(a?.columns.map(c => c.kind)).toEqual(['index', 'task', 'lead', 'timeline'])
    expect(a?.rows.map(r => (r.type === 'task' ? r.fields : r.label))).toEqual([
      { task: 'Niêm yết công khai thủ tục', lead: 'Văn phòng UBND', timeline: 'Quý I/2024' },
      { task: 'Rà soát quy trình nội bộ', lead: 'Công chức Tư pháp', timeline: 'Quý II/2024' },
    ])
    expect(tasksOf(plan).map(b => b.id)).toEqual(['t1', 'kinh-phi', 't2'])
    valid(plan)
  })

  it('"đây là phụ lục" without table rows gives an empty appendix with the PAPI columns', () => {
    const plan = reassignParagraph(imported(), 't2', 'appendix')
    expect(plan.appendices[0]?.rows).toEqual([])
    expect(plan.appendices[0]?.columns.length).toBeGreaterThan(2)
  })

  it('an unknown id leaves the plan as it was', () => {
    const base = imported()
    for (const role of ['recipients', 'signature', 'appendix', 'section'] as const) {
      expect(reassignParagraph(base, 'nope', role)).toBe(base)
    }
  })

  it('the parts flag what is missing', () => {
    const before = reviewParts(imported())
    const flagged = (parts: typeof before) => parts.filter(p => p.uncertain).map(p => p.key)
    expect(flagged(before)).toEqual(expect.arrayContaining(['recipients', 'signature']))
    const after = reassignParagraph(
      reassignParagraph(imported(), 'nn', 'recipients'),
      'sig',
      'signature'
    )
    expect(flagged(reviewParts(after))).not.toContain('recipients')
    expect(flagged(reviewParts(after))).not.toContain('signature')
    expect(reviewParts(after).find(p => p.key === 'header')?.lines).toContain(
      'ỦY BAN NHÂN DÂN XÃ TÂN LẬP'
    )
  })
})
