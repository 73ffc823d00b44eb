import type { SeedOverride } from './types'

/** Seed 000: UBND huyện Lộc Bình, draft plan carrying out the province's PAPI plan for 2020. */
export const seed000: SeedOverride = {
  seed: '000',
  // The extraction lost the agency block; the body names the issuer ("Ủy ban nhân dân huyện") and
  // the place line is "Lộc Bình". Draft: number and day are blank.
  header: {
    agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN LỘC BÌNH'],
    agencyAbbr: 'UBND',
    place: 'Lộc Bình',
    date: { month: 6, year: 2020 },
    level: 'huyen',
    issuerName: 'Ủy ban nhân dân huyện Lộc Bình',
  },
  subject:
    'Triển khai các nhiệm vụ, giải pháp nâng cao chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) tỉnh Lạng Sơn năm 2020',
  signature: {
    lines: [{ prefix: 'KT', text: 'CHỦ TỊCH' }, { text: 'PHÓ CHỦ TỊCH' }],
    signer: 'Hoàng Văn Vinh',
  },
  bodyStart: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh Việt Nam (PAPI) là',
  // The seed mixes markdown heading levels (##, ###, ####) for items of the same rank; the
  // builder ignores the levels and nests by the numbering markers instead.
  headingRule: 'markup',
  tags: [
    ['Về tăng cường sự tham gia của người dân', { papi: 'P1' }],
    ['Về công khai, minh bạch', { papi: 'P2' }],
    ['Nâng cao trách nhiệm giải trình', { papi: 'P3' }],
    ['Kiểm soát tham nhũng trong khu vực công', { papi: 'P4' }],
    ['Nâng cao chất lượng giải quyết thủ tục hành chính', { papi: 'P5' }],
    ['Cải thiện chất lượng các dịch vụ công ích', { papi: 'P6' }],
    ['Quản trị môi trường', { papi: 'P7' }],
    ['Quản trị điện tử', { papi: 'P8' }],
  ],
}
