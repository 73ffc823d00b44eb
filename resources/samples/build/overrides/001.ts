import type { RawRow, SeedOverride } from './types'

const SUB_AREA = /^Cơ sở hạ tầng căn bản \((.+)\)$/

/** Seed 001: UBND huyện Vị Xuyên, Số 154/KH-UBND, 31/5/2021, with a 7-column PAPI appendix. */
export const seed001: SeedOverride = {
  seed: '001',
  header: {
    agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN VỊ XUYÊN'],
    agencyAbbr: 'UBND',
    number: '154',
    place: 'Vị Xuyên',
    date: { day: 31, month: 5, year: 2021 },
    level: 'huyen',
    issuerName: 'Ủy ban nhân dân huyện Vị Xuyên',
  },
  subject:
    'Cải thiện và nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) trên địa bàn huyện Vị Xuyên năm 2021',
  // The seed shows only "CHỦ TỊCH" above the signer.
  signature: { lines: [{ text: 'CHỦ TỊCH' }], signer: 'Hoàng Thanh Tịnh' },
  replacements: [
    // Section II numbers its first dimension "1." and the other seven "b)" … "h)": all eight
    // dimensions become decimal headings 1–8.
    ['### **b) Công khai, minh bạch**', '**2. Công khai, minh bạch**'],
    [
      '### **c) Trách nhiệm giải trình với người dân**',
      '**3. Trách nhiệm giải trình với người dân**',
    ],
    [
      '***d) Kiểm soát tham nhũng trong khu vực công***',
      '**4. Kiểm soát tham nhũng trong khu vực công**',
    ],
    ['***đ) Thủ tục hành chính công***', '**5. Thủ tục hành chính công**'],
    ['***e) Cung ứng dịch vụ công***', '**6. Cung ứng dịch vụ công**'],
    ['***g) Quản trị môi trường***', '**7. Quản trị môi trường**'],
    ['***h) Quản trị điện tử***', '**8. Quản trị điện tử**'],
    // A stray word after the end mark (typist's initials).
    ['./. *da*', './.'],
  ],
  bodyStart: 'Thực hiện Kế hoạch số 163/KH-UBND',
  headingRule: 'markup',
  paragraphParent: [
    ['(Nhiệm vụ theo các chỉ số nội dung', 'section'],
    ['Ngoài ra, các cơ quan, đơn vị', 'section'],
  ],
  tags: [
    ['Tham gia của người dân ở cấp cơ sở', { papi: 'P1' }],
    ['Công khai, minh bạch', { papi: 'P2' }],
    ['Trách nhiệm giải trình với người dân', { papi: 'P3' }],
    ['Kiểm soát tham nhũng trong khu vực công', { papi: 'P4' }],
    ['Thủ tục hành chính công', { papi: 'P5' }],
    ['Cung ứng dịch vụ công', { papi: 'P6' }],
    ['Quản trị môi trường', { papi: 'P7' }],
    ['Quản trị điện tử', { papi: 'P8' }],
  ],
  appendix: {
    preset: 'papi-001',
    title: 'NHIỆM VỤ CẢI THIỆN, NÂNG CAO CHỈ SỐ NỘI DUNG VÀ TIÊU CHÍ THÀNH PHẦN CHỈ SỐ PAPI',
    groupTags: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'],
    continuation: 'none',
    fixRows: rows => rows.flatMap(fixRow),
  },
}

function fixRow(row: RawRow): RawRow[] {
  const [index = '', criterion = '', task = '', ...rest] = row.cells
  // The page break before "5.2" lost the group row of dimension 5, and the TTHC criterion the
  // seed numbers "4.6" is that dimension's first criterion (its "5.1", which the seed skips).
  if (index === '4.6') {
    return [{ cells: ['5', 'Thủ tục hành chính công', '', '', '', '', ''], afterBreak: false }, row]
  }
  // Basic infrastructure (6.3) has one criterion cell per sub-area in the seed, under one merged
  // number: keep one criterion and lead each task with its sub-area.
  const sub = SUB_AREA.exec(criterion)
  if (sub) {
    const area = sub[1] ?? ''
    const label = `${area.charAt(0).toUpperCase()}${area.slice(1)}`
    const first = index === '6.3'
    if (label === 'Nước sạch sinh hoạt') {
      // The extraction shifted this row one cell right; its timeline cell (merged with the row
      // below, "Thường xuyên") was lost.
      const [, target = '', lead = '', partners = ''] = rest
      return [
        {
          cells: ['', '', `${label}: ${task}`, target, lead, partners, 'Thường xuyên'],
          afterBreak: false,
        },
      ]
    }
    return [
      {
        cells: [index, first ? 'Cơ sở hạ tầng căn bản' : '', `${label}: ${task}`, ...rest],
        afterBreak: row.afterBreak,
      },
    ]
  }
  // The second half of the clean-water row: its text landed in the index column.
  if (index === 'Đối với nước sinh hoạt nông thôn') {
    return [{ cells: ['', '', index, ...rest], afterBreak: false }]
  }
  return [row]
}
