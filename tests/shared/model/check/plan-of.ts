import { createPlan } from '../../../../shared/model/create-plan'
import type { Block, Plan, TaskField } from '../../../../shared/model/types'

/** A small plan for rule tables: body texts (`-` items when `list`), Tổ chức thực hiện, rows, recipients. */
export type PlanSpec = {
  readonly agency?: readonly string[]
  readonly date?: Plan['header']['date']
  readonly preamble?: readonly string[]
  readonly tasks?: readonly string[]
  readonly list?: readonly string[]
  readonly org?: readonly string[]
  readonly rows?: readonly Partial<Record<TaskField, string>>[]
  readonly recipients?: readonly string[]
  readonly subject?: string
}

let next = 0
const id = (prefix: string) => `${prefix}${(next += 1)}`
const para = (text: string): Block => ({ type: 'paragraph', id: id('p'), content: [{ text }] })

/** Builds the plan of a spec; ids are unique per call. */
export function planOf(spec: PlanSpec): Plan {
  const base = createPlan({ agency: spec.agency ?? ['ỦY BAN NHÂN DÂN', 'HUYỆN LỘC BÌNH'] })
  const items: Block[] = (spec.list ?? []).map(text => ({
    type: 'item',
    id: id('i'),
    style: 'dash',
    content: [{ text }],
    children: [],
  }))
  return {
    ...base,
    header: { ...base.header, date: spec.date ?? { day: 10, month: 3, year: 2024 } },
    subject: spec.subject ?? 'Nâng cao Chỉ số PAPI năm 2024',
    preamble: (spec.preamble ?? []).map(para),
    sections: base.sections.map(s =>
      s.role === 'tasks'
        ? { ...s, children: [...(spec.tasks ?? []).map(para), ...items] }
        : s.role === 'organization'
          ? { ...s, children: (spec.org ?? []).map(para) }
          : s
    ),
    recipients: (spec.recipients ?? []).map(text => ({ id: id('r'), text })),
    appendices: spec.rows
      ? [
          {
            type: 'appendix',
            id: id('a'),
            title: 'Bảng phân công nhiệm vụ',
            columns: [],
            numbering: { group: 'arabic', task: 'nested', criterion: 'none' },
            rows: spec.rows.map(fields => ({ type: 'task', id: id('t'), fields })),
          },
        ]
      : [],
  }
}
