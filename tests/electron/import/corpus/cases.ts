/** The import corpus: one Word-written .docx per construct, with the plan facts it must yield. */
import {
  APPENDIX,
  APPENDIX_ROWS,
  APPENDIX_TABLE,
  b,
  BODY,
  full,
  headerTable,
  numbering,
  numStyle,
  QH,
  SIGN,
  SO,
  SO_HEADER,
  style,
  title,
  type Raw,
} from './common'
import { GROUP_ROW_CASES } from './cases-group-rows'
import { NUMBERING_CASES } from './cases-numbering'
import type { CorpusCase } from './expect'
import { docx, p, r, sdt, tbl, tc, textBox, vmlTextBox } from './wml'

const RAW: Raw[] = [
  { name: 'header-2-col-table', ...full(SO_HEADER, { header: SO }) },
  {
    name: 'header-3-col-table-huyen',
    ...full(
      headerTable(
        ['ỦY BAN NHÂN DÂN', 'HUYỆN VỊ XUYÊN'],
        ['Số: 154/KH-UBND', 'Vị Xuyên, ngày 31 tháng 5 năm 2021'],
        true
      ),
      {
        header: {
          parentAgency: ['ỦY BAN NHÂN DÂN'],
          agency: ['HUYỆN VỊ XUYÊN'],
          agencyAbbr: 'UBND',
          number: '154',
          place: 'Vị Xuyên',
          date: { day: 31, month: 5, year: 2021 },
          level: 'huyen',
        },
      }
    ),
  },
  {
    name: 'header-nested-table-xa',
    ...full(
      tbl(
        [9300],
        [
          [
            {
              body:
                tbl(
                  [3600, 5700],
                  [
                    [tc(['ỦY BAN NHÂN DÂN', 'XÃ TÂN LẬP'], b), tc(QH, b)],
                    [tc('Số: 7/KH-UBND'), tc('Tân Lập, ngày 2 tháng 6 năm 2025')],
                  ]
                ) + '<w:p/>',
            },
          ],
        ]
      ),
      {
        header: {
          agency: ['ỦY BAN NHÂN DÂN', 'XÃ TÂN LẬP'],
          agencyAbbr: 'UBND',
          number: '7',
          place: 'Tân Lập',
          date: { day: 2, month: 6, year: 2025 },
          level: 'xa',
        },
      }
    ),
  },
  {
    name: 'header-drawingml-text-boxes',
    ...full(
      p(
        textBox(p('UBND TỈNH HÀ GIANG') + p('SỞ TƯ PHÁP', b) + p('Số: 21/KH-STP')) +
          textBox(
            p(QH[0] ?? '', b) +
              p(QH[1] ?? '', b) +
              p('Hà Giang, ngày 9 tháng 4 năm 2025', { i: true })
          )
      ),
      {
        header: {
          parentAgency: ['UBND TỈNH HÀ GIANG'],
          agency: ['SỞ TƯ PHÁP'],
          agencyAbbr: 'STP',
          number: '21',
          place: 'Hà Giang',
          date: { day: 9, month: 4, year: 2025 },
          level: 'tinh',
        },
      }
    ),
  },
  {
    name: 'header-vml-text-box',
    ...full(
      p(vmlTextBox(p('ỦY BAN NHÂN DÂN', b) + p('PHƯỜNG ĐÔNG KINH', b) + p('Số: 3/KH-UBND'))) +
        p('Đông Kinh, ngày 1 tháng 7 năm 2025', { i: true }),
      {
        header: {
          agency: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG ĐÔNG KINH'],
          agencyAbbr: 'UBND',
          number: '3',
          place: 'Đông Kinh',
          date: { day: 1, month: 7, year: 2025 },
          level: 'xa',
        },
      }
    ),
  },
  {
    name: 'header-tab-separated',
    ...full(
      p('UBND TỈNH CAO BẰNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') +
        p(r('BAN DÂN TỘC', b) + r('\tĐộc lập - Tự do - Hạnh phúc', b)) +
        p('Số: 45/KH-BDT\tCao Bằng, ngày 12 tháng 8 năm 2025'),
      {
        header: {
          parentAgency: ['UBND TỈNH CAO BẰNG'],
          agency: ['BAN DÂN TỘC'],
          agencyAbbr: 'BDT',
          number: '45',
          place: 'Cao Bằng',
          date: { day: 12, month: 8, year: 2025 },
          level: 'tinh',
        },
      }
    ),
  },
  {
    name: 'content-controls-eoffice',
    ...full(
      sdt(SO_HEADER),
      { header: SO },
      sdt(title()) + sdt(BODY, 'body') + sdt(SIGN, 'sign') + APPENDIX
    ),
  },
  {
    name: 'soft-line-breaks',
    ...full(
      tbl(
        [3600, 5700],
        [
          [tc('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ LẠNG SƠN', b), tc(QH.join('\n'), b)],
          [tc('Số: 88/KH-UBND'), tc('Lạng Sơn, ngày 4 tháng 9 năm 2025', { i: true })],
        ]
      ),
      {
        header: {
          agency: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ LẠNG SƠN'],
          agencyAbbr: 'UBND',
          number: '88',
          place: 'Lạng Sơn',
          date: { day: 4, month: 9, year: 2025 },
          level: 'huyen',
        },
        recipients: ['UBND tỉnh', 'Thường trực Thành ủy'],
        archive: 'VT, VP',
        signature: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], signer: 'Trần Văn B' },
      },
      p('KẾ HOẠCH\nCải cách hành chính năm 2025', b) +
        BODY +
        tbl(
          [4500, 4500],
          [
            [
              {
                body: p(
                  r('Nơi nhận:', { b: true, i: true }) +
                    r('\n- UBND tỉnh;\n- Thường trực Thành ủy;\n- Lưu: VT, VP.')
                ),
              },
              tc('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nTrần Văn B', b),
            ],
          ]
        ) +
        APPENDIX
    ),
  },
  {
    name: 'typed-markers-dash-forms',
    ...full(
      SO_HEADER,
      {
        header: SO,
        sections: ['MỤC ĐÍCH, YÊU CẦU', 'NHIỆM VỤ', 'TỔ CHỨC THỰC HIỆN'],
        items: {
          section: 0,
          lines: [
            'decimal Mục đích',
            '  letter Nâng cao chất lượng.',
            '  letter Rút ngắn thời gian.',
            'decimal Yêu cầu',
          ],
        },
      },
      title() +
        p('I- MỤC ĐÍCH, YÊU CẦU', b) +
        p('1- Mục đích', b) +
        p('a. Nâng cao chất lượng.') +
        p('b- Rút ngắn thời gian.') +
        p('2.\tYêu cầu', b) +
        p('II – NHIỆM VỤ', b) +
        p('1. Rà soát.') +
        p('III.\tTỔ CHỨC THỰC HIỆN', b) +
        p('Các đơn vị triển khai thực hiện.') +
        SIGN +
        APPENDIX
    ),
  },
  {
    name: 'heading-styles-numbering',
    styles:
      style('Heading1', 'heading 1', numStyle('1', 0)) +
      style('u2', 'Tiêu đề 2', numStyle('2', 0)) +
      style('ListNumber', 'List Number', '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr>') +
      style('ListBullet', 'List Bullet', '<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr>'),
    numbering: numbering([
      ['0', [['upperRoman', '%1.']]],
      ['1', [['decimal', '%1.']]],
      ['2', [['lowerLetter', '%1.']]],
      ['3', [['bullet', '\uf0b7']]],
    ]).replace(
      '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
      '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="5"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    ),
    ...full(
      SO_HEADER,
      {
        header: SO,
        items: {
          section: 0,
          lines: [
            'decimal Mục đích',
            '  letter Nâng cao chất lượng.',
            '    dash Công khai thủ tục.',
            '  letter Rút ngắn thời gian.',
            'decimal Yêu cầu',
          ],
        },
      },
      title() +
        p('MỤC ĐÍCH, YÊU CẦU', { style: 'Heading1' }) +
        p('Mục đích', { style: 'u2' }) +
        p('Nâng cao chất lượng.', { style: 'ListNumber' }) +
        p('Công khai thủ tục.', { style: 'ListBullet' }) +
        p('Rút ngắn thời gian.', { style: 'ListNumber' }) +
        p('Yêu cầu', { style: 'u2' }) +
        p('NHIỆM VỤ, GIẢI PHÁP', { style: 'Heading1' }) +
        p('Rà soát thủ tục.', { style: 'u2', num: ['5', 0] }) +
        p('Ghi chú không đánh số.', { style: 'u2', num: ['0', 0] }) +
        p('TỔ CHỨC THỰC HIỆN', { style: 'Heading1' }) +
        p('Các đơn vị triển khai thực hiện.') +
        SIGN +
        APPENDIX
    ),
  },
  {
    name: 'localised-heading-style-unnumbered',
    styles: style('u1', 'Tiêu đề 1', '<w:rPr><w:b/></w:rPr>'),
    ...full(
      SO_HEADER,
      { header: SO },
      title() +
        p('MỤC ĐÍCH, YÊU CẦU', { style: 'u1' }) +
        p('1. Mục đích', b) +
        p('a) Nâng cao chất lượng phục vụ.') +
        p('b) Rút ngắn thời gian giải quyết.') +
        p('NHIỆM VỤ, GIẢI PHÁP', { style: 'u1' }) +
        p('1. Rà soát thủ tục hành chính.') +
        p('TỔ CHỨC THỰC HIỆN', { style: 'u1' }) +
        p('Các đơn vị triển khai thực hiện.') +
        SIGN +
        p('PHỤ LỤC', { style: 'u1' }) +
        p('DANH MỤC NHIỆM VỤ', b) +
        APPENDIX_TABLE
    ),
  },
  {
    name: 'tracked-changes',
    ...full(
      SO_HEADER,
      { header: SO, subject: 'Cải cách hành chính năm 2026' },
      p('KẾ HOẠCH', b) +
        p(
          r('Cải cách hành chính năm ', b) +
            `<w:del w:id="1" w:author="A"><w:r><w:rPr><w:b/></w:rPr><w:delText>2025</w:delText></w:r></w:del><w:ins w:id="2" w:author="A">${r('2026', b)}</w:ins>`
        ) +
        BODY +
        SIGN +
        APPENDIX
    ),
  },
  {
    name: 'appendix-merged-multi-row-header',
    ...full(
      SO_HEADER,
      {
        header: SO,
        appendices: [
          {
            title: 'KẾ HOẠCH KIỂM TRA',
            rows: [
              'G CẢI CÁCH THỂ CHẾ',
              'T task=Rà soát văn bản|lead=Sở Tư pháp|timeline=Tháng 3',
              'T task=Kiểm tra văn bản|lead=Sở Tư pháp|timeline=Tháng 5',
              'G CẢI CÁCH THỦ TỤC',
              'T task=Công khai thủ tục|lead=Văn phòng|timeline=Tháng 6',
            ],
          },
        ],
      },
      title() +
        BODY +
        SIGN +
        p('PHỤ LỤC\nKẾ HOẠCH KIỂM TRA', { b: true, sect: 'portrait' }) +
        p('(Kèm theo Kế hoạch số 12/KH-SNV ngày 5/3/2025 của Sở Nội vụ)', { i: true }) +
        tbl(
          [700, 4000, 2200, 1500, 1500],
          [
            [
              tc('TT', { b: true, vMerge: 'restart' }),
              tc('Nhiệm vụ', { b: true, vMerge: 'restart' }),
              tc('Đơn vị chủ trì', { b: true, vMerge: 'restart' }),
              tc('Thời gian', { b: true, span: 2 }),
            ],
            [
              tc('', { vMerge: 'continue' }),
              tc('', { vMerge: 'continue' }),
              tc('', { vMerge: 'continue' }),
              tc('Bắt đầu', b),
              tc('Hoàn thành', b),
            ],
            ['(1)', '(2)', '(3)', '(4)', '(5)'].map(x => tc(x, { i: true })),
            [tc('I', b), tc('CẢI CÁCH THỂ CHẾ', { b: true, span: 4 })],
            [
              tc('1'),
              tc('Rà soát văn bản'),
              tc('Sở Tư pháp', { vMerge: 'restart' }),
              tc('Tháng 3'),
              tc('Tháng 4'),
            ],
            [
              tc('2'),
              tc('Kiểm tra văn bản'),
              tc('', { vMerge: 'continue' }),
              tc('Tháng 5'),
              tc('Tháng 6'),
            ],
            [tc('II', b), tc('CẢI CÁCH THỦ TỤC', { b: true, span: 4 })],
            [tc('1'), tc('Công khai thủ tục'), tc('Văn phòng'), tc('Tháng 6'), tc('Tháng 7')],
          ]
        ) +
        p('', { sect: 'landscape' })
    ),
  },
  {
    name: 'two-appendices-after-signature',
    ...full(
      SO_HEADER,
      {
        header: SO,
        appendices: [
          { title: 'DANH MỤC NHIỆM VỤ', rows: APPENDIX_ROWS },
          { title: 'PHÂN CÔNG THEO DÕI', rows: ['T task=Theo dõi tiến độ|lead=Văn phòng'] },
        ],
      },
      title() +
        BODY +
        SIGN +
        p('PHỤ LỤC I', b) +
        p('DANH MỤC NHIỆM VỤ', b) +
        APPENDIX_TABLE +
        p('PHỤ LỤC II', b) +
        p('PHÂN CÔNG THEO DÕI', b) +
        tbl(
          [800, 5000, 3000],
          [
            [tc('STT', b), tc('Nhiệm vụ', b), tc('Cơ quan chủ trì', b)],
            [tc('1'), tc('Theo dõi tiến độ'), tc('Văn phòng')],
          ]
        )
    ),
  },
]

/** Every corpus document, built in memory. */
export function corpus(): CorpusCase[] {
  return [...RAW, ...NUMBERING_CASES, ...GROUP_ROW_CASES].map(c => ({
    name: c.name,
    bytes: docx({
      body: c.body,
      ...(c.styles ? { styles: c.styles } : {}),
      ...(c.numbering ? { numbering: c.numbering } : {}),
    }),
    expected: c.expected,
  }))
}
