import { describe, expect, it } from 'vitest'
import { check } from '../../../shared/model/check'
import { createPlan } from '../../../shared/model/create-plan'
import type { Plan } from '../../../shared/model/types'

function complete(): Plan {
  const base = createPlan({
    agency: ['ỦY BAN NHÂN DÂN', 'XÃ LIÊN HỘI'],
    place: 'Liên Hội',
    year: 2024,
  })
  const para = (id: string, text: string) => ({
    type: 'paragraph' as const,
    id,
    content: [{ text }],
  })
  return {
    ...base,
    header: { ...base.header, number: '354', date: { day: 30, month: 5, year: 2024 } },
    subject: 'Nâng cao Chỉ số PAPI năm 2024',
    sections: base.sections.map((s, i) => ({
      ...s,
      children: [
        ...s.children,
        para(
          `p${i}`,
          s.role === 'organization'
            ? 'Văn phòng tổng hợp, báo cáo kết quả thực hiện trước ngày 15/12/2024.'
            : 'Nội dung.'
        ),
      ],
    })),
    recipients: [{ id: 'r', text: 'Phòng Nội vụ' }],
    signature: { lines: [{ text: 'CHỦ TỊCH' }], signer: 'Triệu Lê Phụng' },
  }
}

const codes = (plan: Plan) => check(plan).map(f => f.code)

describe('check', () => {
  it('a complete plan has no findings', () => {
    expect(check(complete())).toEqual([])
  })

  it.each<[string, (p: Plan) => Plan, string, 'error' | 'warning']>([
    [
      'a missing signer',
      p => ({ ...p, signature: { ...p.signature, signer: ' ' } }),
      'signature.signer-missing',
      'error',
    ],
    ['a missing trích yếu', p => ({ ...p, subject: '' }), 'title.subject-missing', 'error'],
    [
      'ngày 31 tháng 02',
      p => ({ ...p, header: { ...p.header, date: { day: 31, month: 2, year: 2024 } } }),
      'header.date-impossible',
      'error',
    ],
    [
      'ngày 29 tháng 02 of a common year',
      p => ({ ...p, header: { ...p.header, date: { day: 29, month: 2, year: 2023 } } }),
      'header.date-impossible',
      'error',
    ],
    [
      'an empty required section',
      p => ({
        ...p,
        sections: p.sections.map(s => (s.role === 'tasks' ? { ...s, children: [] } : s)),
      }),
      'section.empty',
      'error',
    ],
    [
      'KT. without the deputy title',
      p => ({
        ...p,
        signature: {
          ...p.signature,
          lines: [
            { prefix: 'TM', text: 'ỦY BAN NHÂN DÂN' },
            { prefix: 'KT', text: 'CHỦ TỊCH' },
          ],
        },
      }),
      'signature.deputy-title-missing',
      'error',
    ],
    [
      'an abbreviation with a space',
      p => ({ ...p, header: { ...p.header, agencyAbbr: 'UB ND' } }),
      'header.abbr-invalid',
      'error',
    ],
    [
      'a blank number (draft)',
      p => ({ ...p, header: { ...p.header, number: undefined } }),
      'header.number-blank',
      'warning',
    ],
    [
      'a blank day (draft)',
      p => ({ ...p, header: { ...p.header, date: { month: 6, year: 2020 } } }),
      'header.day-blank',
      'warning',
    ],
    [
      'hand-typed numbering',
      p => ({
        ...p,
        preamble: [{ type: 'paragraph', id: 'x', content: [{ text: '1. Mục đích' }] }],
      }),
      'item.typed-numbering',
      'warning',
    ],
    [
      'an appendix the body never mentions',
      p => ({
        ...p,
        appendices: [
          {
            type: 'appendix',
            id: 'a',
            title: 'T',
            columns: [],
            numbering: { group: 'roman', task: 'flat', criterion: 'none' },
            rows: [],
          },
        ],
      }),
      'appendix.not-mentioned',
      'warning',
    ],
  ])('reports %s', (_name, change, code, severity) => {
    const finding = check(change(complete())).find(f => f.code === code)
    expect(finding?.severity).toBe(severity)
    expect(finding?.rule).not.toBe('')
  })

  it('accepts ngày 29 tháng 02 of a leap year', () => {
    const plan = complete()
    expect(
      codes({ ...plan, header: { ...plan.header, date: { day: 29, month: 2, year: 2024 } } })
    ).toEqual([])
  })
})
