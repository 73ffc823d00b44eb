import type { SeedOverride } from './types'

/** Seed 002: UBND xã Liên Hội (Văn Quan, Lạng Sơn), Số 354/KH-UBND, 30/5/2024, 5-column appendix. */
export const seed002: SeedOverride = {
  seed: '002',
  // The extraction lost the whole header block. Agency, number and date come from the seed's own
  // appendix line "(Kèm theo Kế hoạch số 354 /KH-UBND ngày 30 /5/2024 của Ủy ban nhân dân xã Liên
  // Hội)"; the place name is the commune's ("Liên Hội"), as communes usually write it.
  header: {
    agency: ['ỦY BAN NHÂN DÂN', 'XÃ LIÊN HỘI'],
    agencyAbbr: 'UBND',
    number: '354',
    place: 'Liên Hội',
    date: { day: 30, month: 5, year: 2024 },
    level: 'xa',
    issuerName: 'Ủy ban nhân dân xã Liên Hội',
  },
  subject:
    'Nâng cao Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) của tỉnh Lạng Sơn năm 2024, trên địa bàn xã Liên Hội',
  signature: { lines: [{ text: 'CHỦ TỊCH' }], signer: 'Triệu Lê Phụng' },
  bodyStart: 'Thực hiện Kế hoạch số 169/KH-UBND',
  headingRule: 'short',
  paragraphParent: [['(Chi tiết các nội dung cần triển khai', 'section']],
  tags: [
    ['Tham gia của người dân ở cơ sở', { papi: 'P1' }],
    ['Công khai trong việc ra quyết định', { papi: 'P2' }],
    ['Trách nhiệm giải trình với người dân', { papi: 'P3' }],
    ['Kiểm soát tham nhũng trong khu vực công', { papi: 'P4' }],
    ['Thủ tục hành chính công', { papi: 'P5' }],
    ['Cung ứng dịch vụ công', { papi: 'P6' }],
    ['Quản trị môi trường', { papi: 'P7' }],
    ['Quản trị điện tử', { papi: 'P8' }],
  ],
  appendix: {
    preset: 'papi-002',
    title: 'NỘI DUNG CẢI THIỆN, NÂNG CAO CHỈ SỐ PAPI CỦA TỈNH LẠNG SƠN NĂM 2024',
    groupTags: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'],
    // Rows split by a page break (e.g. "d) Tham gia đóng | góp tự nguyện") are joined again.
    continuation: 'after-break',
  },
}
