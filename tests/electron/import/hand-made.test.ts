import { describe, expect, it } from 'vitest'
import { importDocx } from '../../../electron/main/import/import-docx'
import { restorePlan } from '../../../shared/model/restore'
import { handMadeDocx } from './fixtures'

describe('importDocx on a hand-made Word plan', () => {
  it('reads header, auto numbering, typed numbering, footnote, signature and table', async () => {
    const result = await importDocx(await handMadeDocx())
    if (!result.ok) {
      throw new Error(result.error.message)
    }
    const { plan } = result.value
    expect(plan.header).toMatchObject({
      parentAgency: ['UBND TỈNH LẠNG SƠN'],
      agency: ['SỞ NỘI VỤ'],
      agencyAbbr: 'SNV',
      place: 'Lạng Sơn',
      date: { month: 3, year: 2025 },
      issuerName: 'Sở Nội vụ',
    })
    expect(plan.header.number).toBeUndefined()
    expect(plan.subject).toBe('Cải cách hành chính năm 2025')
    expect(plan.bases.map(b => b.content)).toEqual([
      [{ text: 'Căn cứ Nghị định số 30/2020/NĐ-CP' }],
    ])
    expect(plan.preamble[0]).toMatchObject({
      type: 'paragraph',
      content: [
        { text: 'Thực hiện chỉ đạo của tỉnh' },
        { type: 'footnote', content: [{ text: 'Công văn số 12/UBND-NC.' }] },
        { text: ', Sở xây dựng kế hoạch.' },
      ],
    })
    expect(plan.sections.map(s => [s.role, s.title])).toEqual([
      ['purpose', 'MỤC ĐÍCH, YÊU CẦU'],
      ['tasks', 'NHIỆM VỤ, GIẢI PHÁP'],
      ['organization', 'TỔ CHỨC THỰC HIỆN'],
    ])
    const purpose = plan.sections[0]?.children ?? []
    expect(purpose).toMatchObject([
      {
        style: 'decimal',
        heading: true,
        content: [{ text: 'Mục đích' }],
        children: [
          {
            style: 'letter',
            content: [{ text: 'Nâng cao chất lượng' }],
            children: [{ style: 'dash', content: [{ text: 'Bảo đảm tiến độ' }] }],
          },
        ],
      },
      {
        style: 'decimal',
        content: [{ text: 'Yêu cầu' }],
        children: [
          {
            style: 'decimal',
            content: [{ text: 'Bám sát chỉ đạo' }],
            children: [
              { style: 'dash', children: [{ style: 'plus', content: [{ text: 'Đúng hạn' }] }] },
            ],
          },
        ],
      },
    ])
    expect(plan.closing.map(c => c.content)).toEqual([
      [{ text: 'Trên đây là Kế hoạch cải cách hành chính năm 2025' }],
    ])
    expect(plan.recipients.map(r => r.text)).toEqual(['UBND tỉnh', 'Các phòng thuộc Sở'])
    expect(plan.archive).toBe('VT, TCBC')
    expect(plan.signature).toEqual({
      lines: [{ prefix: 'KT', text: 'GIÁM ĐỐC' }, { text: 'PHÓ GIÁM ĐỐC' }],
      signer: 'Nguyễn Văn A',
    })
    const [appendix] = plan.appendices
    expect(appendix?.title).toBe('BẢNG PHÂN CÔNG NHIỆM VỤ')
    expect(appendix?.columns.map(c => c.kind)).toEqual([
      'index',
      'criterion',
      'task',
      'lead',
      'partners',
      'timeline',
      'result',
    ])
    expect(appendix?.numbering).toEqual({ group: 'roman', task: 'flat', criterion: 'none' })
    expect(appendix?.rows).toMatchObject([
      { type: 'group', label: 'Cải cách thể chế' },
      {
        type: 'task',
        fields: { criterion: 'Rà soát văn bản', task: 'Rà soát quy định', result: 'Báo cáo' },
      },
      { type: 'task', sameCriterion: true, fields: { task: 'Đề xuất sửa đổi' } },
      { type: 'task', fields: { criterion: 'Tuyên truyền', timeline: 'Thường xuyên' } },
    ])
    const restored = restorePlan(JSON.parse(JSON.stringify(plan)))
    expect(restored.ok && restored.repairs).toEqual([])
  })
})
