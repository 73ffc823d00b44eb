import { createPlan } from '../../../shared/model/create-plan'
import type { Appendix, Plan } from '../../../shared/model/types'

/** A small plan with every kind of clause, tags on a section, an item and a group row. */
export function samplePlan(): Plan {
  const base = createPlan({
    agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN LỘC BÌNH'],
    level: 'huyen',
    year: 2020,
    place: 'Lộc Bình',
  })
  const [purpose, tasks, organization] = base.sections
  const appendix: Appendix = {
    type: 'appendix',
    id: 'ap1',
    title: 'BẢNG PHÂN CÔNG NHIỆM VỤ',
    columns: [],
    numbering: { group: 'arabic', task: 'nested', criterion: 'none' },
    rows: [
      {
        type: 'group',
        id: 'g1',
        label: 'Kiểm soát tham nhũng trong khu vực công',
        tags: { papi: 'P4' },
      },
      {
        type: 'task',
        id: 't1',
        fields: {
          criterion: 'Quyết tâm chống tham nhũng',
          task: 'Tuyên truyền Luật Phòng, chống tham nhũng',
          lead: 'Thanh tra huyện',
          timeline: 'Thường xuyên',
        },
      },
      {
        type: 'task',
        id: 't2',
        sameCriterion: true,
        fields: {
          task: 'Công khai kết quả xử lý vụ việc tham nhũng',
          timeline: 'Quý III năm 2020',
        },
      },
      { type: 'task', id: 't3', fields: { task: '   ' } },
    ],
  }
  return {
    ...base,
    subject: 'Nâng cao Chỉ số PAPI năm 2020',
    bases: [
      {
        id: 'b1',
        content: [{ text: 'Căn cứ Kế hoạch số 94/KH-UBND ngày 12/5/2020 của UBND tỉnh Lạng Sơn;' }],
      },
    ],
    preamble: [
      {
        type: 'paragraph',
        id: 'pre',
        content: [{ text: 'Năm 2019, Chỉ số PAPI của tỉnh đạt 44,07 điểm.' }],
      },
    ],
    sections: [
      purpose!,
      {
        ...tasks!,
        tags: { cchc: 'C3' },
        children: [
          {
            type: 'item',
            id: 'i1',
            style: 'decimal',
            heading: true,
            tags: { papi: 'P5' },
            content: [{ text: 'Thủ tục hành chính công' }],
            children: [
              {
                type: 'paragraph',
                id: 'p1',
                content: [{ text: 'Niêm yết công khai thủ tục hành chính tại Bộ phận một cửa.' }],
              },
              {
                type: 'item',
                id: 'i2',
                style: 'dash',
                tags: { papi: 'P5.3' },
                content: [{ text: 'Rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất.' }],
                children: [],
              },
            ],
          },
        ],
      },
      {
        ...organization!,
        children: [
          {
            type: 'item',
            id: 'o1',
            style: 'decimal',
            content: [{ text: 'Phòng Nội vụ chủ trì, theo dõi, báo cáo.' }],
            children: [],
          },
        ],
      },
    ],
    closing: [
      {
        type: 'paragraph',
        id: 'c1',
        content: [{ text: 'Trên đây là Kế hoạch nâng cao Chỉ số PAPI năm 2020.' }],
      },
    ],
    recipients: [
      { id: 'r1', text: 'UBND tỉnh (b/c)' },
      { id: 'r2', text: '' },
    ],
    appendices: [appendix],
  }
}
