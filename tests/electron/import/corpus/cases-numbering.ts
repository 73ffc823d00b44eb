/** Corpus documents for Word's list numbering: overrides, heading lists, list styles, bullets. */
import { APPENDIX, b, full, SIGN, SO, SO_HEADER, style, title, type Raw } from './common'
import { p } from './wml'

const lvl = (ilvl: number, fmt: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`
const abstract = (id: string, levels: string): string =>
  `<w:abstractNum w:abstractNumId="${id}">${levels}</w:abstractNum>`
const num = (id: string, abstractId: string, overrides = ''): string =>
  `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`
const symbol = (font: string): string =>
  `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr>`

const TAIL = p('TỔ CHỨC THỰC HIỆN', b) + p('Các đơn vị triển khai thực hiện.') + SIGN + APPENDIX

/** Numbering cases, each checked item by item. */
export const NUMBERING_CASES: Raw[] = [
  {
    // A letter list pasted into a numbered list: Word keeps the list and overrides one level.
    name: 'numbering-lvl-override-full-level',
    numbering:
      abstract('0', lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.')) +
      num('1', '0') +
      num(
        '2',
        '0',
        `<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/>${lvl(1, 'lowerLetter', '%2)')}</w:lvlOverride>`
      ),
    ...full(
      SO_HEADER,
      {
        header: SO,
        sections: ['MỤC ĐÍCH, YÊU CẦU', 'NHIỆM VỤ, GIẢI PHÁP', 'TỔ CHỨC THỰC HIỆN'],
        items: [
          {
            section: 0,
            lines: [
              'decimal Mục đích',
              '  letter Nâng cao chất lượng phục vụ.',
              '  letter Rút ngắn thời gian giải quyết.',
              'decimal Yêu cầu',
            ],
          },
          { section: 1, lines: ['decimal Rà soát thủ tục.'] },
        ],
      },
      title() +
        p('MỤC ĐÍCH, YÊU CẦU', { ...b, num: ['1', 0] }) +
        p('Mục đích', { ...b, num: ['1', 1] }) +
        p('Nâng cao chất lượng phục vụ.', { num: ['2', 1] }) +
        p('Rút ngắn thời gian giải quyết.', { num: ['2', 1] }) +
        p('Yêu cầu', { ...b, num: ['1', 1] }) +
        p('NHIỆM VỤ, GIẢI PHÁP', { ...b, num: ['1', 0] }) +
        p('Rà soát thủ tục.', { num: ['1', 1] }) +
        TAIL
    ),
  },
  {
    // Word's "multilevel list linked to headings": heading 2 and 3 based on heading 1 carry only
    // w:ilvl, heading 1 only w:numId; the levels name their styles.
    name: 'heading-styles-multilevel-list',
    styles:
      style('Heading1', 'heading 1', '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>') +
      style(
        'Heading2',
        'heading 2',
        '<w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr>'
      ) +
      style(
        'Heading3',
        'heading 3',
        '<w:basedOn w:val="Heading2"/><w:pPr><w:numPr><w:ilvl w:val="2"/></w:numPr></w:pPr>'
      ),
    numbering:
      abstract(
        '0',
        lvl(0, 'upperRoman', '%1.', '<w:pStyle w:val="Heading1"/>') +
          lvl(1, 'decimal', '%2.', '<w:pStyle w:val="Heading2"/>') +
          lvl(2, 'decimal', '%2.%3.', '<w:pStyle w:val="Heading3"/>')
      ) + num('1', '0'),
    ...full(
      SO_HEADER,
      {
        header: SO,
        items: [
          {
            section: 0,
            lines: [
              'decimal Mục đích',
              '  decimal Nâng cao chất lượng.',
              '  decimal Rút ngắn thời gian.',
              'decimal Yêu cầu',
            ],
          },
          { section: 1, lines: ['decimal Rà soát thủ tục.', 'decimal Kiểm tra văn bản.'] },
        ],
      },
      title() +
        p('MỤC ĐÍCH, YÊU CẦU', { style: 'Heading1' }) +
        p('Mục đích', { style: 'Heading2' }) +
        p('Nâng cao chất lượng.', { style: 'Heading3' }) +
        p('Rút ngắn thời gian.', { style: 'Heading3' }) +
        p('Yêu cầu', { style: 'Heading2' }) +
        p('NHIỆM VỤ, GIẢI PHÁP', { style: 'Heading1' }) +
        p('Rà soát thủ tục.', { style: 'Heading2' }) +
        // numId 0 switches the style's numbering off: a bold note, not an item.
        p('Ghi chú không đánh số.', { style: 'Heading2', num: ['0', 0] }) +
        p('Kiểm tra văn bản.', { style: 'Heading2' }) +
        p('TỔ CHỨC THỰC HIỆN', { style: 'Heading1' }) +
        p('Các đơn vị triển khai thực hiện.') +
        SIGN +
        APPENDIX
    ),
  },
  {
    // The Bullets button with Tab: symbol bullets (Symbol , Courier New o, Wingdings §) by
    // level; List Number and List Number 2 styles for the tasks.
    name: 'list-styles-symbol-bullets',
    styles:
      style('ListNumber', 'List Number', '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr>') +
      style(
        'ListNumber2',
        'List Number 2',
        '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr>'
      ),
    numbering:
      abstract(
        '0',
        lvl(0, 'bullet', '\uf0b7', symbol('Symbol')) +
          lvl(1, 'bullet', 'o', symbol('Courier New')) +
          lvl(2, 'bullet', '\uf0a7', symbol('Wingdings'))
      ) +
      abstract('1', lvl(0, 'decimal', '%1.') + lvl(1, 'lowerLetter', '%2.')) +
      num('1', '0') +
      num('2', '1'),
    ...full(
      SO_HEADER,
      {
        header: SO,
        items: [
          {
            section: 0,
            lines: [
              'decimal Mục đích',
              '  dash Công khai thủ tục.',
              '    plus Niêm yết tại bộ phận một cửa.',
              '    plus Đăng trên cổng thông tin.',
              '  dash Rút ngắn thời gian.',
              'decimal Yêu cầu',
            ],
          },
          {
            section: 1,
            lines: [
              'decimal Rà soát thủ tục.',
              '  letter Thủ tục cấp tỉnh.',
              '  letter Thủ tục cấp xã.',
              'decimal Kiểm tra văn bản.',
            ],
          },
        ],
      },
      title() +
        p('I. MỤC ĐÍCH, YÊU CẦU', b) +
        p('1. Mục đích', b) +
        p('Công khai thủ tục.', { num: ['1', 0] }) +
        p('Niêm yết tại bộ phận một cửa.', { num: ['1', 1] }) +
        p('Đăng trên cổng thông tin.', { num: ['1', 1] }) +
        p('Rút ngắn thời gian.', { num: ['1', 0] }) +
        p('2. Yêu cầu', b) +
        p('II. NHIỆM VỤ, GIẢI PHÁP', b) +
        p('Rà soát thủ tục.', { style: 'ListNumber' }) +
        p('Thủ tục cấp tỉnh.', { style: 'ListNumber2' }) +
        p('Thủ tục cấp xã.', { style: 'ListNumber2' }) +
        p('Kiểm tra văn bản.', { style: 'ListNumber' }) +
        p('III. TỔ CHỨC THỰC HIỆN', b) +
        p('Các đơn vị triển khai thực hiện.') +
        SIGN +
        APPENDIX
    ),
  },
]
