/** Corpus documents for appendix group rows and their number styles. */
import { b, BODY, full, head, SIGN, SO, SO_HEADER, title, type Raw } from './common'
import { p, tbl, tc, type Cell } from './wml'

const WIDTHS = [800, 4000, 2000, 2000, 1500]
const task = (index: string, name: string, quarter: string): Cell[] => [
  tc(index),
  tc(name),
  tc('Sở Tư pháp'),
  tc('Các sở'),
  tc(quarter),
]
const TASK_1 = 'T task=Rà soát văn bản|lead=Sở Tư pháp|partners=Các sở|timeline=Quý I'
const TASK_2 = 'T task=Kiểm tra văn bản|lead=Sở Tư pháp|partners=Các sở|timeline=Quý II'
const ROWS = ['G CẢI CÁCH THỂ CHẾ', TASK_1, 'G CẢI CÁCH THỦ TỤC', TASK_2]

/** An appendix `PHỤ LỤC <n>` with its title and a table whose group rows are `groups`. */
const appendix = (n: string, name: string, groups: readonly (readonly Cell[])[]): string =>
  p(`PHỤ LỤC ${n}`, b) +
  p(name, b) +
  tbl(
    WIDTHS,
    [
      head.map(h => tc(h, b)),
      groups[0] ?? [],
      task('1', 'Rà soát văn bản', 'Quý I'),
      groups[1] ?? [],
      task('1', 'Kiểm tra văn bản', 'Quý II'),
    ],
    1
  )

/** Group rows of every number style and layout, each table in its own appendix. */
export const GROUP_ROW_CASES: Raw[] = [
  {
    name: 'appendix-group-row-number-styles',
    ...full(
      SO_HEADER,
      {
        header: SO,
        appendices: [
          { title: 'NHÓM CHỮ IN HOA', rows: ROWS, groups: 'upper-letter' },
          { title: 'NHÓM LA MÃ TRONG NHÃN', rows: ROWS, groups: 'roman' },
          { title: 'NHÓM SỐ Ở Ô ĐẦU', rows: ROWS, groups: 'arabic' },
          { title: 'NHÓM CHỮ THƯỜNG', rows: ROWS, groups: 'lower-letter' },
          { title: 'NHÓM CHỮ C', rows: ROWS, groups: 'upper-letter' },
        ],
      },
      title() +
        BODY +
        SIGN +
        // The number in the index cell, the label spanning the other columns.
        appendix('I', 'NHÓM CHỮ IN HOA', [
          [tc('A', b), tc('CẢI CÁCH THỂ CHẾ', { ...b, span: 4 })],
          [tc('B.', b), tc('CẢI CÁCH THỦ TỤC', { ...b, span: 4 })],
        ]) +
        // One cell across the whole row, the number typed before the label.
        appendix('II', 'NHÓM LA MÃ TRONG NHÃN', [
          [tc('I. CẢI CÁCH THỂ CHẾ', { ...b, span: 5 })],
          [tc('II – CẢI CÁCH THỦ TỤC', { ...b, span: 5 })],
        ]) +
        // No merged cells: only the number and the label filled, the rest left empty.
        appendix('III', 'NHÓM SỐ Ở Ô ĐẦU', [
          [tc('1', b), tc('CẢI CÁCH THỂ CHẾ', b), tc(''), tc(''), tc('')],
          [tc('2', b), tc('CẢI CÁCH THỦ TỤC', b), tc(''), tc(''), tc('')],
        ]) +
        appendix('IV', 'NHÓM CHỮ THƯỜNG', [
          [tc('a)', b), tc('CẢI CÁCH THỂ CHẾ', { ...b, span: 4 })],
          [tc('b)', b), tc('CẢI CÁCH THỦ TỤC', { ...b, span: 4 })],
        ]) +
        // C is a Roman 100 or the third letter: the letters around it decide.
        appendix('V', 'NHÓM CHỮ C', [
          [tc('B. CẢI CÁCH THỂ CHẾ', { ...b, span: 5 })],
          [tc('C. CẢI CÁCH THỦ TỤC', { ...b, span: 5 })],
        ])
    ),
  },
  {
    name: 'appendix-group-rows-no-index-column',
    ...full(
      SO_HEADER,
      {
        header: SO,
        appendices: [
          {
            title: 'NHÓM KHÔNG CÓ CỘT STT',
            rows: ['G Cải cách thể chế', 'T task=Rà soát văn bản|lead=Sở Tư pháp', 'G XI MĂNG'],
            groups: 'arabic-dot',
          },
        ],
      },
      title() +
        BODY +
        SIGN +
        p('PHỤ LỤC', b) +
        p('NHÓM KHÔNG CÓ CỘT STT', b) +
        tbl(
          [5000, 3000],
          [
            [tc('Nhiệm vụ', b), tc('Đơn vị chủ trì', b)],
            [tc('1. Cải cách thể chế', { ...b, span: 2 })],
            [tc('Rà soát văn bản'), tc('Sở Tư pháp')],
            // A label whose first word looks like a Roman number keeps it.
            [tc('XI MĂNG', { ...b, span: 2 })],
          ],
          1
        )
    ),
  },
]
