import { describe, expect, it } from 'vitest'
import { createPlan } from '../../../../shared/model/create-plan'
import type { Plan } from '../../../../shared/model/types'
import { countWords } from '../../../../renderer/app/view/count-words'

describe('word count', () => {
  it('counts the words the clerk wrote, not numbers drawn by the editor or lone punctuation', () => {
    const empty = createPlan()
    const plan: Plan = {
      ...empty,
      subject: 'Cải cách hành chính năm 2024',
      bases: [{ id: 'b1', content: [{ text: 'Căn cứ Luật – số 77' }] }],
      preamble: [],
      sections: empty.sections.map((section, i) =>
        i === 0
          ? {
              ...section,
              children: [
                {
                  type: 'item',
                  id: 'i1',
                  style: 'decimal',
                  content: [
                    { text: 'Nâng cao ', bold: true },
                    { type: 'footnote', id: 'f1', content: [{ text: 'chú thích hai' }] },
                  ],
                  children: [{ type: 'paragraph', id: 'p1', content: [{ text: '- ; một' }] }],
                },
              ],
            }
          : { ...section, children: [] }
      ),
      closing: [],
      appendices: [
        {
          type: 'appendix',
          id: 'a1',
          title: 'Bảng nhiệm vụ',
          columns: [],
          numbering: { group: 'roman', task: 'flat', criterion: 'none' },
          rows: [
            { type: 'group', id: 'g', label: 'Nhóm một' },
            {
              type: 'task',
              id: 't',
              fields: { task: 'Làm việc', lead: 'UBND' },
              custom: { c1: 'ghi chú' },
            },
          ],
        },
      ],
    }
    // The section titles (I. MỤC ĐÍCH, YÊU CẦU …) are plain words separated by spaces.
    const titles = plan.sections.flatMap(s => s.title.split(' ').filter(Boolean)).length
    expect(titles).toBeGreaterThan(0)
    // subject 6, basis 5 ("–" is no word), item 2, footnote 3, "một" 1, appendix 3 + 2 + 3 + 2
    expect(countWords(plan)).toBe(titles + 6 + 5 + 2 + 3 + 1 + 3 + 2 + 3 + 2)
  })
})
