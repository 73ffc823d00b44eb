import type { Block, Item, Plan, Run } from '../../../shared/model/types'

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

/** A plan exercising every block kind of the page (no appendices). */
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
  appendices: [],
}
