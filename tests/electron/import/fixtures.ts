import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx'
import JSZip from 'jszip'
import { docBytes } from '../../shared/import/docx-bytes'

const p = (text: string, opts: { bold?: boolean; italic?: boolean; font?: string } = {}) =>
  new Paragraph({
    children: [new TextRun({ text, bold: opts.bold, italics: opts.italic, font: opts.font })],
  })

const cell = (
  children: Paragraph[],
  extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}
) => new TableCell({ width: { size: 2000, type: WidthType.DXA }, children, ...extra })

/** A hand-made plan as a clerk types it in Word: auto numbering, typed numbers, a footnote, a task table. */
export function handMadeDocument(): Document {
  const numbered = (text: string, level: number, instance = 0, bold = false) =>
    new Paragraph({
      numbering: { reference: 'outline', level, instance },
      children: [new TextRun({ text, bold })],
    })
  const header = new Table({
    rows: [
      new TableRow({
        children: [
          cell([p('UBND TỈNH LẠNG SƠN'), p('SỞ NỘI VỤ', { bold: true })]),
          cell([
            p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
            p('Độc lập - Tự do - Hạnh phúc', { bold: true }),
          ]),
        ],
      }),
      new TableRow({
        children: [
          cell([p('Số:        /KH-SNV')]),
          cell([p('Lạng Sơn, ngày      tháng 3 năm 2025', { italic: true })]),
        ],
      }),
    ],
  })
  const signature = new Table({
    rows: [
      new TableRow({
        children: [
          cell([
            p('Nơi nhận:', { bold: true, italic: true }),
            p('- UBND tỉnh;'),
            p('- Các phòng thuộc Sở;'),
            p('- Lưu: VT, TCBC.'),
          ]),
          cell([
            p('KT. GIÁM ĐỐC', { bold: true }),
            p('PHÓ GIÁM ĐỐC', { bold: true }),
            p(''),
            p('Nguyễn Văn A', { bold: true }),
          ]),
        ],
      }),
    ],
  })
  const head = [
    'STT',
    'Nội dung',
    'Nhiệm vụ',
    'Đơn vị chủ trì',
    'Đơn vị phối hợp',
    'Thời gian',
    'Sản phẩm dự kiến',
  ]
  const row = (texts: string[], merge?: 'restart' | 'continue') =>
    new TableRow({
      children: texts.map((t, i) =>
        cell(
          [p(t)],
          i <= 1 && merge
            ? {
                verticalMerge:
                  merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
              }
            : {}
        )
      ),
    })
  const table = new Table({
    columnWidths: [800, 2400, 4000, 1800, 1800, 1400, 1800],
    rows: [
      new TableRow({ tableHeader: true, children: head.map(h => cell([p(h, { bold: true })])) }),
      new TableRow({
        children: [
          cell([p('I', { bold: true })]),
          cell([p('Cải cách thể chế', { bold: true })], { columnSpan: 6 }),
        ],
      }),
      row(
        [
          '1',
          'Rà soát văn bản',
          'Rà soát quy định',
          'Phòng Pháp chế',
          'Các phòng',
          'Quý II',
          'Báo cáo',
        ],
        'restart'
      ),
      row(['', '', 'Đề xuất sửa đổi', 'Phòng Pháp chế', '', 'Quý III', 'Tờ trình'], 'continue'),
      new TableRow({ tableHeader: true, children: head.map(h => cell([p(h, { bold: true })])) }),
      row(['2', 'Tuyên truyền', 'Đăng tin', 'Văn phòng', '', 'Thường xuyên', '']),
    ],
  })
  return new Document({
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            {
              level: 0,
              format: LevelFormat.UPPER_ROMAN,
              text: '%1.',
              alignment: AlignmentType.LEFT,
            },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
            {
              level: 2,
              format: LevelFormat.LOWER_LETTER,
              text: '%3)',
              alignment: AlignmentType.LEFT,
            },
            { level: 3, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          header,
          p('KẾ HOẠCH', { bold: true }),
          p('Cải cách hành chính năm 2025', { bold: true }),
          p('Căn cứ Nghị định số 30/2020/NĐ-CP;', { italic: true }),
          new Paragraph({
            children: [
              new TextRun('Thực hiện chỉ đạo của tỉnh'),
              new FootnoteReferenceRun(1),
              new TextRun(', Sở xây dựng kế hoạch.'),
            ],
          }),
          numbered('MỤC ĐÍCH, YÊU CẦU', 0, 0, true),
          numbered('Mục đích', 1, 0, true),
          numbered('Nâng cao chất lượng', 2),
          numbered('Bảo đảm tiến độ', 3),
          numbered('Yêu cầu', 1, 0, true),
          p('1.1. Bám sát chỉ đạo'),
          p('- Thực hiện nghiêm'),
          p('+ Đúng hạn'),
          numbered('NHIỆM VỤ, GIẢI PHÁP', 0, 0, true),
          numbered('Cải cách thể chế', 1, 0, true),
          p('Nội dung in '),
          numbered('TỔ CHỨC THỰC HIỆN', 0, 0, true),
          numbered('Văn phòng Sở', 1, 0, true),
          p('Trên đây là Kế hoạch cải cách hành chính năm 2025./.'),
          signature,
          p('Phụ lục', { bold: true }),
          p('BẢNG PHÂN CÔNG NHIỆM VỤ', { bold: true }),
          p('(Kèm theo Kế hoạch số      /KH-SNV ngày      tháng 3 năm 2025 của Sở Nội vụ)', {
            italic: true,
          }),
          table,
        ],
      },
    ],
    footnotes: { 1: { children: [p('Công văn số 12/UBND-NC.')] } },
  })
}

/** A zip with the given parts (STORE or DEFLATE). */
export async function zipOf(parts: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip()
  for (const [name, data] of Object.entries(parts)) {
    zip.file(name, data)
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** The hand-made document as bytes. */
export function handMadeDocx(): Promise<Uint8Array> {
  return docBytes(handMadeDocument())
}
