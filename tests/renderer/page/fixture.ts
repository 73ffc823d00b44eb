import type { Appendix, Block, Item, Plan, Run } from '../../../shared/model/types'

const item = (
  id: string,
  style: Item['style'],
  text: string | readonly Run[],
  children: readonly Block[] = [],
  heading?: boolean
): Item => ({
  type: 'item',
  id,
  style,
  content: typeof text === 'string' ? [{ text }] : text,
  children,
  ...(heading ? { heading } : {}),
})

const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e']

/** An appendix like seed 001: TT, criterion merged over several task rows. */
export const appendix001: Appendix = {
  type: 'appendix',
  id: 'apx1',
  title: 'Bảng phân công nhiệm vụ cải thiện Chỉ số PAPI năm 2021',
  landscape: true,
  numbering: { group: 'arabic', task: 'nested', criterion: 'none' },
  columns: [
    { id: 'c1', kind: 'index', label: 'TT', width: 12 },
    { id: 'c2', kind: 'criterion', label: 'Chỉ số nội dung/Tiêu chí thành phần', width: 40 },
    { id: 'c3', kind: 'task', label: 'Nhiệm vụ trọng tâm', width: 75 },
    { id: 'c4', kind: 'target', label: 'Chỉ tiêu', width: 35 },
    { id: 'c5', kind: 'lead', label: 'Đơn vị chủ trì theo dõi', width: 30 },
    { id: 'c6', kind: 'partners', label: 'Đơn vị thực hiện', width: 30 },
    { id: 'c7', kind: 'timeline', label: 'Thời gian thực hiện', width: 25 },
  ],
  rows: [
    { type: 'group', id: 'g7', label: 'Quản trị môi trường' },
    {
      type: 'task',
      id: 't71',
      fields: {
        criterion: 'Nghiêm túc trong bảo vệ môi trường',
        task: 'Kiểm tra, thanh tra và xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường.',
        target: 'Xử lý 100% các cơ sở gây ô nhiễm môi trường',
        lead: 'Phòng Tài nguyên & MT',
        partners: 'UBND các xã, thị trấn',
        timeline: 'Thường xuyên',
      },
    },
    {
      type: 'task',
      id: 't71b',
      sameCriterion: true,
      fields: {
        task: 'Thu phí bảo vệ môi trường đối với nước thải công nghiệp.',
        lead: 'Chi cục Thuế',
        timeline: 'Quý III năm 2021\nTháng 12 hàng năm',
      },
    },
    {
      type: 'task',
      id: 't72',
      fields: {
        criterion: 'Chất lượng không khí',
        task: 'Triển khai kế hoạch bảo vệ rừng, trồng rừng.',
        lead: 'Phòng Nông nghiệp & PTNT',
      },
    },
    { type: 'group', id: 'g8', label: 'Quản trị điện tử' },
    {
      type: 'task',
      id: 't81',
      fields: {
        criterion: 'Tiếp cận và sử dụng Internet tại địa phương',
        task: 'Phối hợp với các nhà cung cấp gia tăng ứng dụng, dịch vụ trên Internet.',
        target: '80% dân số được sử dụng dịch vụ Internet',
        lead: 'Phòng Văn hóa – TT',
        partners: 'UBND các xã, thị trấn',
        timeline: 'Thường xuyên',
      },
    },
  ],
}

/** An appendix like seed 002: no index column, `1.` group labels, lettered criteria, portrait. */
export const appendix002: Appendix = {
  type: 'appendix',
  id: 'apx2',
  title: 'Nhiệm vụ, giải pháp theo từng chỉ số nội dung',
  landscape: false,
  numbering: { group: 'arabic-dot', task: 'none', criterion: 'letter' },
  columns: [
    { id: 'd1', kind: 'criterion', label: 'Nội dung', width: 40 },
    { id: 'd2', kind: 'task', label: 'Nhiệm vụ, giải pháp', width: 65 },
    { id: 'd3', kind: 'lead', label: 'Cơ quan thực hiện', width: 30 },
    { id: 'd4', kind: 'timeline', label: 'Thời gian thực hiện', width: 30 },
  ],
  rows: [
    { type: 'group', id: 'h1', label: 'Tham gia của người dân ở cấp cơ sở' },
    { type: 'task', id: 'u1', fields: { criterion: 'Tri thức công dân', task: 'Tuyên truyền.' } },
    { type: 'task', id: 'u2', fields: { criterion: 'Cơ hội tham gia', task: 'Tổ chức họp thôn.' } },
  ],
}

/** A plan exercising every block kind of the printed page. */
export const richPlan: Plan = {
  header: {
    agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN VỊ XUYÊN'],
    agencyAbbr: 'UBND',
    number: '154',
    place: 'Vị Xuyên',
    date: { day: 31, month: 5, year: 2021 },
    level: 'huyen',
  },
  subject:
    'Cải thiện, nâng cao Chỉ số Hiệu quả quản trị và Hành chính công cấp tỉnh (PAPI) năm 2021',
  bases: [
    {
      id: 'b1',
      content: [{ text: 'Căn cứ Kế hoạch số 94/KH-UBND ngày 12/3/2021 của UBND tỉnh;' }],
    },
  ],
  preamble: [
    {
      type: 'paragraph',
      id: 'pre1',
      content: [
        { text: 'Năm 2020, Chỉ số PAPI của tỉnh đạt ' },
        { text: '44,07 điểm', bold: true },
        {
          type: 'footnote',
          id: 'fn1',
          content: [{ text: 'Báo cáo PAPI 2020 công bố ngày 13/4/2021.' }],
        },
        { text: ', xếp hạng ' },
        { text: '24/63', italic: true },
        { text: '.' },
      ],
    },
  ],
  sections: [
    {
      type: 'section',
      id: 's1',
      role: 'purpose',
      title: 'MỤC ĐÍCH, YÊU CẦU',
      children: [
        item(
          'i1',
          'decimal',
          'Mục đích',
          [item('i1d', 'dash', 'Nâng cao hiệu quả hoạt động.')],
          true
        ),
        item('i2', 'decimal', 'Yêu cầu', [], true),
      ],
    },
    {
      type: 'section',
      id: 's2',
      role: 'tasks',
      title: 'NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN',
      children: [
        item(
          'n1',
          'decimal',
          'Nhiệm vụ',
          [
            item(
              'n11',
              'decimal',
              'Chỉ số nội dung “Tham gia của người dân ở cấp cơ sở”:',
              LETTERS.map((l, i) =>
                item(
                  `p${l}`,
                  'letter',
                  `Điểm ${l}.`,
                  i === 0 ? [item('dash1', 'dash', 'Gạch.', [item('plus1', 'plus', 'Cộng.')])] : []
                )
              ),
              true
            ),
          ],
          true
        ),
      ],
    },
    { type: 'section', id: 's3', role: 'organization', title: 'TỔ CHỨC THỰC HIỆN', children: [] },
  ],
  closing: [
    { type: 'paragraph', id: 'cl1', content: [{ text: 'Trên đây là Kế hoạch của UBND huyện.' }] },
  ],
  recipients: [
    { id: 'r1', text: 'UBND tỉnh Hà Giang' },
    { id: 'r2', text: 'Sở Nội vụ' },
  ],
  archive: 'VT, NV',
  signature: {
    lines: [
      { prefix: 'TM', text: 'ỦY BAN NHÂN DÂN' },
      { prefix: 'KT', text: 'CHỦ TỊCH' },
      { text: 'PHÓ CHỦ TỊCH' },
    ],
    signer: 'Nguyễn Văn A',
  },
  appendices: [appendix001, appendix002],
}
