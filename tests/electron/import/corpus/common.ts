/** Shared pieces of the import corpus: a header, title, body, sign-off and appendix as Word writes them. */
import type { Expected } from './expect'
import { p, tbl, tc, type Cell } from './wml'

/** The national motto lines of the header. */
export const QH = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']
/** Bold run options. */
export const b = { b: true }

/** KẾ HOẠCH and its trích yếu as two bold paragraphs. */
export const title = (subject = 'Cải cách hành chính năm 2025'): string =>
  p('KẾ HOẠCH', b) + p(subject, b)

/** The three required sections with typed markers. */
export const BODY =
  p('I. MỤC ĐÍCH, YÊU CẦU', b) +
  p('1. Mục đích', b) +
  p('a) Nâng cao chất lượng phục vụ.') +
  p('b) Rút ngắn thời gian giải quyết.') +
  p('II. NHIỆM VỤ, GIẢI PHÁP', b) +
  p('1. Rà soát thủ tục hành chính.') +
  p('III. TỔ CHỨC THỰC HIỆN', b) +
  p('Các đơn vị triển khai thực hiện.')

/** Section titles of BODY. */
export const SECTIONS = ['MỤC ĐÍCH, YÊU CẦU', 'NHIỆM VỤ, GIẢI PHÁP', 'TỔ CHỨC THỰC HIỆN']
/** Expected outline of the first section of BODY. */
export const PURPOSE = {
  section: 0,
  lines: [
    'decimal Mục đích',
    '  letter Nâng cao chất lượng phục vụ.',
    '  letter Rút ngắn thời gian giải quyết.',
  ],
}

/** Nơi nhận beside the signature, in a two-column table. */
export const signTable = (left: readonly string[], right: readonly string[]): string =>
  tbl([4500, 4500], [[tc(left), tc(right, b)]])

/** A sign-off table (Nơi nhận, KT. GIÁM ĐỐC). */
export const SIGN = signTable(
  ['Nơi nhận:', '- UBND tỉnh;', '- Các phòng thuộc Sở;', '- Lưu: VT, TCBC.'],
  ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', 'Nguyễn Văn A']
)
export const SIGNED: Expected = {
  recipients: ['UBND tỉnh', 'Các phòng thuộc Sở'],
  archive: 'VT, TCBC',
  signature: { lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer: 'Nguyễn Văn A' },
}

/** A header table of two or three columns. */
export const headerTable = (
  left: readonly string[],
  right: readonly string[],
  three = false
): string => {
  const [parent, ...agency] = left
  const l: Cell = {
    body:
      (agency.length > 0 ? p(parent ?? '') : '') +
      (agency.length > 0 ? agency : [parent ?? '']).map(x => p(x, b)).join(''),
  }
  const q = tc(QH, b)
  return three
    ? tbl(
        [3600, 300, 5400],
        [
          [l, tc(''), q],
          [tc(right[0] ?? ''), tc(''), tc(right[1] ?? '', { i: true })],
        ]
      )
    : tbl(
        [3600, 5700],
        [
          [l, q],
          [tc(right[0] ?? ''), tc(right[1] ?? '', { i: true })],
        ]
      )
}

/** Expected header of SO_HEADER. */
export const SO = {
  parentAgency: ['UBND TỈNH LẠNG SƠN'],
  agency: ['SỞ NỘI VỤ'],
  agencyAbbr: 'SNV',
  number: '12',
  place: 'Lạng Sơn',
  date: { day: 5, month: 3, year: 2025 },
  level: 'tinh' as const,
}
/** The header of a Sở (department) plan. */
export const SO_HEADER = headerTable(
  ['UBND TỈNH LẠNG SƠN', 'SỞ NỘI VỤ'],
  ['Số: 12/KH-SNV', 'Lạng Sơn, ngày 5 tháng 3 năm 2025']
)

/** Column headings of APPENDIX_TABLE. */
export const head = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian']
/** A task table with one group row and two task rows. */
export const APPENDIX_TABLE = tbl(
  [800, 4000, 2000, 2000, 1500],
  [
    head.map(h => tc(h, b)),
    [tc('I', b), tc('CẢI CÁCH THỂ CHẾ', { b: true, span: 4 })],
    [tc('1'), tc('Rà soát văn bản'), tc('Sở Tư pháp'), tc('Các sở'), tc('Quý I')],
    [tc('2'), tc('Kiểm tra văn bản'), tc('Sở Tư pháp'), tc('Các huyện'), tc('Quý II')],
  ],
  1
)
/** Expected rows of APPENDIX_TABLE. */
export const APPENDIX_ROWS = [
  'G CẢI CÁCH THỂ CHẾ',
  'T task=Rà soát văn bản|lead=Sở Tư pháp|partners=Các sở|timeline=Quý I',
  'T task=Kiểm tra văn bản|lead=Sở Tư pháp|partners=Các huyện|timeline=Quý II',
]
/** A PHỤ LỤC heading, title, note and APPENDIX_TABLE. */
export const APPENDIX =
  p('PHỤ LỤC', b) +
  p('DANH MỤC NHIỆM VỤ', b) +
  p('(Kèm theo Kế hoạch số 12/KH-SNV ngày 5/3/2025 của Sở Nội vụ)', { i: true }) +
  APPENDIX_TABLE

/** A whole plan body with its expected facts (`rest` replaces title, body, sign-off, appendix). */
export const full = (
  header: string,
  extra: Partial<Expected>,
  rest = title() + BODY + SIGN + APPENDIX
) => ({
  body: header + rest,
  expected: {
    subject: 'Cải cách hành chính năm 2025',
    sections: SECTIONS,
    items: PURPOSE,
    ...SIGNED,
    appendices: [{ title: 'DANH MỤC NHIỆM VỤ', rows: APPENDIX_ROWS }],
    ...extra,
  },
})

/** numbering.xml content: abstract lists of (format, text) levels, each with a `w:num` of id + 1. */
export const numbering = (
  abstracts: readonly (readonly [string, readonly (readonly [string, string])[]])[]
): string =>
  abstracts
    .map(
      ([id, levels]) =>
        `<w:abstractNum w:abstractNumId="${id}">${levels
          .map(
            ([fmt, text], i) =>
              `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`
          )
          .join('')}</w:abstractNum>`
    )
    .join('') +
  abstracts
    .map(([id]) => `<w:num w:numId="${Number(id) + 1}"><w:abstractNumId w:val="${id}"/></w:num>`)
    .join('')

/** A paragraph style of styles.xml. */
export const style = (id: string, name: string, extra = ''): string =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${extra}</w:style>`
/** Style properties carrying list numbering, bold. */
export const numStyle = (numId: string, ilvl = 0): string =>
  `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr>`

/** One corpus document before zipping. */
export type Raw = {
  name: string
  body: string
  expected: Expected
  styles?: string
  numbering?: string
}
