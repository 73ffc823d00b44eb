import type { RawRow, SeedOverride } from './types'

/** Seed 004: UBND tỉnh Lào Cai, Số 166/KH-UBND, 22/3/2023, long plan with an 8-column appendix. */
export const seed004: SeedOverride = {
  seed: '004',
  header: {
    agency: ['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI'],
    agencyAbbr: 'UBND',
    number: '166',
    place: 'Lào Cai',
    date: { day: 22, month: 3, year: 2023 },
    level: 'tinh',
    issuerName: 'Ủy ban nhân dân tỉnh Lào Cai',
  },
  subject:
    'Cải thiện, nâng cao Chỉ số Hiệu quả quản trị và Hành chính công cấp tỉnh (PAPI) của tỉnh Lào Cai năm 2023',
  signature: {
    lines: [{ prefix: 'TM', text: 'ỦY BAN NHÂN DÂN' }, { text: 'CHỦ TỊCH' }],
    signer: 'Trịnh Xuân Trường',
  },
  // The "Căn cứ …; nhằm …" opening is one sentence, so it stays a preamble paragraph. Section
  // "IV" becomes III and the two items numbered "3." in it become 3 and 4: numbering is computed.
  bodyStart: 'Căn cứ các chỉ số nội dung để đánh giá',
  headingRule: 'short',
  forceHeading: ['Thủ trưởng các sở, ban, ngành thuộc tỉnh; Chủ tịch UBND các huyện'],
  paragraphParent: [['(Chi tiết thời gian, kết quả', 'decimal']],
  tags: [
    ['Chỉ số nội dung “Tham gia', { papi: 'P1' }],
    ['Chỉ số nội dung “Công khai', { papi: 'P2' }],
    ['Chỉ số nội dung “Nâng cao trách nhiệm giải trình', { papi: 'P3' }],
    ['Chỉ số nội dung “Kiểm soát tham nhũng', { papi: 'P4' }],
    ['Chỉ số nội dung “Thủ tục hành chính công', { papi: 'P5' }],
    ['Chỉ số nội dung “cung ứng dịch vụ công', { papi: 'P6' }],
    ['Chỉ số nội dung “Quản trị môi trường', { papi: 'P7' }],
    ['Chỉ số nội dung “Quản trị điện tử', { papi: 'P8' }],
  ],
  appendix: {
    preset: 'papi-004',
    // The seed's title line reads "… TỈNH LÃO CẠI …" (an extraction error).
    title:
      'KHU VỰC CẢI THIỆN, NÂNG CAO CHỈ SỐ NỘI DUNG VÀ NỘI DUNG THÀNH PHẦN CHỈ SỐ PAPI TỈNH LÀO CAI NĂM 2023',
    groupTags: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'],
    // Rows cut by a page break continue in a row with an empty STT cell.
    continuation: 'empty-index',
    fixRows: rows => shiftTargets(fixRows(rows)),
  },
}

/**
 * In group V the target and lead cells of rows 4–6 sit one row too high in the extraction (row 4,
 * inter-agency CCHC inspection, shows the building-permit target; row 6 repeats its lead as its
 * target). They move down one row; row 4's own target and lead were lost and stay blank.
 */
function shiftTargets(rows: readonly RawRow[]): RawRow[] {
  const starts = [
    'Kiểm tra liên ngành công tác CCHC',
    'Nâng cao chất lượng trong cấp giấy phép xây dựng',
    'Nâng cao chất lượng giải quyết TTHC thuộc lĩnh vực đất đai',
  ]
  const at = starts.map(start => rows.findIndex(row => (row.cells[1] ?? '').startsWith(start)))
  if (at.some(i => i < 0)) {
    throw new Error('Cannot fix sample 004: group V rows not found')
  }
  const out = [...rows]
  const moved = at.map(i => rows[i]?.cells ?? [])
  at.forEach((rowIndex, n) => {
    const source = n === 0 ? undefined : moved[n - 1]
    const cells = [...(moved[n] ?? [])]
    cells[2] = source?.[2] ?? ''
    cells[3] = source?.[3] ?? ''
    out[rowIndex] = { cells, afterBreak: rows[rowIndex]?.afterBreak ?? false }
  })
  return out
}

function fixRows(rows: readonly RawRow[]): RawRow[] {
  const out: RawRow[] = []
  for (const row of rows) {
    const c = row.cells
    const task = c[1] ?? ''
    if (task.startsWith('Thực hiện công tác thông tin tuyên truyền về dân chủ ở cơ sở')) {
      // The lead "UBND cấp huyện" was split over two cells, shifting the rest one cell right.
      out.push({
        cells: [
          c[0] ?? '',
          task,
          c[2] ?? '',
          'UBND cấp huyện',
          c[5] ?? '',
          c[6] ?? '',
          c[7] ?? '',
          '',
        ],
        afterBreak: row.afterBreak,
      })
    } else if (task.startsWith('ánh kiến nghị, khiếu nại, tố cáo của công dân')) {
      // A page break lost the group row of dimension III, the rest of group II and the start of
      // III's first row; only the ends of its cells survive. The row is rebuilt from those ends and
      // from the same row in seed 001's table (which this table copies): task, target start, lead,
      // timeline and the start of the result are reconstructed.
      out.push({
        cells: ['III', 'Chỉ số trách nhiệm giải trình với người dân', '', '', '', '', '', ''],
        afterBreak: true,
      })
      out.push({
        cells: [
          '1',
          'Thực hiện tốt công tác tiếp công dân; giải quyết kịp thời các phản ánh kiến nghị, khiếu nại, tố cáo của công dân.',
          `100% đơn thư khiếu nại, tố cáo ${c[2] ?? ''}`,
          'Thanh tra tỉnh',
          `Các sở, ban, ngành; UBND cấp huyện; ${c[4] ?? ''}`,
          'Thường xuyên',
          `Báo cáo kết quả hàng quý, 6 ${c[6] ?? ''}`,
          '',
        ],
        afterBreak: false,
      })
    } else if (task.startsWith('Thực hiện công tác tuyên truyền về các cách TTTC')) {
      // A new row (VIII.4) after a page break whose target cell holds the end of VIII.3's target.
      const previous = out.pop()
      if (previous) {
        const cells = [...previous.cells]
        cells[2] = `${cells[2] ?? ''} ${c[2] ?? ''}`.trim()
        out.push({ cells, afterBreak: previous.afterBreak })
      }
      out.push({ cells: ['4', task, '', ...c.slice(3)], afterBreak: row.afterBreak })
    } else if (task === '' && c[0] === '4' && out.length > 0) {
      // The last line holds VIII.4's number and its target cell, split off by the extraction.
      const previous = out.pop()
      if (previous) {
        const cells = previous.cells.map((cell, i) => (cell === '' && i > 0 ? (c[i] ?? '') : cell))
        out.push({ cells, afterBreak: previous.afterBreak })
      }
    } else if (c[0] === '' && task.startsWith('tội phạm; phòng chống ma túy')) {
      // Continuation of VI.8 whose result tail ("tháng, năm.") landed one cell right.
      out.push({
        cells: c.map((cell, i) => (i === 6 ? (c[7] ?? '') : i === 7 ? '' : cell)),
        afterBreak: row.afterBreak,
      })
    } else if (c[0] === '1' && task.startsWith('Tăng cường chính sách bảo hiểm y tế')) {
      // The partners cell ends "UBND cấp" at a page break; the word "huyện" was lost.
      out.push({
        cells: c.map((cell, i) => (i === 4 ? `${cell} huyện` : cell)),
        afterBreak: row.afterBreak,
      })
    } else {
      out.push(row)
    }
  }
  return out
}
