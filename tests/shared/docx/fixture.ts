import { createPlan } from '../../../shared/model/create-plan'
import { createAppendix } from '../../../shared/model/table-presets'
import type { Appendix, Block, Paragraph, Plan, Run } from '../../../shared/model/types'

let seq = 0
const id = (): string => `n${(seq += 1)}`

const p = (...content: Run[]): Paragraph => ({ type: 'paragraph', id: id(), content })
const item = (
  style: 'decimal' | 'letter' | 'dash' | 'plus',
  text: string,
  children: Block[] = [],
  heading = false
): Block => ({ type: 'item', id: id(), style, heading, content: [{ text }], children })

/** A task appendix in the 7-column layout of seed 001, with groups and a merged criterion. */
export function fixtureAppendix(
  title = 'Nhiệm vụ trọng tâm cải thiện Chỉ số PAPI năm 2021'
): Appendix {
  const base = createAppendix('papi-001', title)
  return {
    ...base,
    rows: [
      { type: 'group', id: id(), label: 'Tham gia của người dân ở cấp cơ sở' },
      {
        type: 'task',
        id: 'task-a',
        fields: {
          criterion: 'Tri thức công dân',
          task: 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở\nTổ chức hội nghị tại thôn',
          target: '100% thôn, tổ dân phố',
          lead: 'Phòng Nội vụ',
          partners: 'UBND các xã, thị trấn',
          timeline: 'Thường xuyên',
        },
      },
      {
        type: 'task',
        id: 'task-b',
        sameCriterion: true,
        fields: {
          task: 'Niêm yết công khai kết quả bầu cử trưởng thôn',
          timeline: 'Quý III năm 2021',
        },
      },
      { type: 'group', id: id(), label: 'Công khai, minh bạch' },
      ...Array.from({ length: 14 }, (_, i) => ({
        type: 'task' as const,
        id: `task-c${i}`,
        fields: {
          criterion: `Tiêu chí số ${i + 1}`,
          task: `Công khai danh sách hộ nghèo, thu chi ngân sách cấp xã đợt ${i + 1}`,
          target: '100% xã',
          lead: 'Phòng Nội vụ',
          partners: 'UBND các xã',
          timeline: 'Tháng 12 hàng năm',
        },
      })),
    ],
  }
}

/** A plan in the shape of seed 001 (Vị Xuyên 2021), long enough for two portrait pages. */
export function fixturePlan(overrides: Partial<Plan> = {}): Plan {
  const base = createPlan({
    agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN VỊ XUYÊN'],
    place: 'Vị Xuyên',
    year: 2021,
  })
  const [purpose, tasks, organization] = base.sections
  if (!purpose || !tasks || !organization) {
    throw new Error('Cannot build fixture: createPlan lost a section')
  }
  const filler = (n: number): Block[] =>
    Array.from({ length: n }, (_, i) =>
      item(
        'dash',
        `Nội dung triển khai số ${i + 1}: tăng cường công tác thông tin, tuyên truyền phổ biến pháp luật cho đội ngũ cán bộ, công chức và nhân dân biết, thực hiện`
      )
    )
  return {
    ...base,
    header: { ...base.header, number: '154', date: { day: 31, month: 5, year: 2021 } },
    subject:
      'Cải thiện và nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) trên địa bàn huyện Vị Xuyên năm 2021',
    bases: [
      {
        id: id(),
        content: [{ text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015' }],
      },
      {
        id: id(),
        content: [
          { text: 'Căn cứ Kế hoạch số 163/KH-UBND ngày 24/5/2021 của UBND tỉnh Hà Giang,' },
        ],
      },
    ],
    preamble: [
      p(
        { text: 'Thực hiện Kế hoạch số 163/KH-UBND của UBND tỉnh, năm 2020 huyện đạt ' },
        { text: '44,07 điểm', bold: true },
        {
          type: 'footnote',
          id: 'fn-1',
          content: [{ text: 'Theo Báo cáo PAPI năm 2020 công bố ngày 13/4/2021.' }],
        },
        { text: ', ' },
        { text: 'xếp hạng 24/63', italic: true },
        { text: ' (chi tiết tại Phụ lục kèm theo).' }
      ),
    ],
    sections: [
      {
        ...purpose,
        children: [
          item(
            'decimal',
            'Mục đích',
            [item('dash', 'Nâng cao hiệu quả hoạt động của các cấp chính quyền.')],
            true
          ),
          item(
            'decimal',
            'Yêu cầu',
            [
              item('letter', 'Triển khai ở tất cả các cơ quan, đơn vị.', [
                item('plus', 'Gắn với nhiệm vụ chuyên môn.'),
              ]),
            ],
            true
          ),
        ],
      },
      {
        ...tasks,
        children: [
          item(
            'decimal',
            'Nhiệm vụ',
            [item('decimal', 'Tham gia của người dân ở cấp cơ sở', filler(12), true)],
            true
          ),
          item('decimal', 'Giải pháp', filler(6), true),
        ],
      },
      {
        ...organization,
        children: [
          item(
            'decimal',
            'Phòng Nội vụ',
            [
              p(
                {
                  text: 'Chủ trì, theo dõi, đôn đốc việc thực hiện; báo cáo trước ngày 15/12/2021.',
                },
                {
                  type: 'footnote',
                  id: 'fn-2',
                  content: [{ text: 'Hạn báo cáo theo Công văn số 12/UBND-NV.' }],
                }
              ),
            ],
            true
          ),
        ],
      },
    ],
    closing: [
      p({ text: 'Trên đây là Kế hoạch cải thiện chỉ số PAPI năm 2021 của UBND huyện Vị Xuyên.' }),
    ],
    recipients: [
      { id: id(), text: 'UBND tỉnh Hà Giang' },
      { id: id(), text: 'Sở Nội vụ;' },
      { id: id(), text: 'Các phòng, ban thuộc UBND huyện' },
    ],
    archive: 'VT, NV',
    signature: {
      lines: [
        { prefix: 'TM', text: 'Ủy ban nhân dân' },
        { prefix: 'KT', text: 'Chủ tịch' },
        { text: 'Phó Chủ tịch' },
      ],
      signer: 'Nguyễn Văn An',
    },
    appendices: [fixtureAppendix()],
    ...overrides,
  }
}
