import type { SeedOverride } from './types'

/** Seed 003: UBND huyện Lộc Bình, 2024 draft plan fixing low-scoring PAR Index (CCHC) criteria. */
export const seed003: SeedOverride = {
  seed: '003',
  // The agency block was lost in the extraction; place line "Lộc Bình", draft with blank number
  // and day ("ngày tháng 01 năm 2024").
  header: {
    agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN LỘC BÌNH'],
    agencyAbbr: 'UBND',
    place: 'Lộc Bình',
    date: { month: 1, year: 2024 },
    level: 'huyen',
    issuerName: 'Ủy ban nhân dân huyện Lộc Bình',
  },
  subject:
    'Khắc phục các tiêu chí bị đánh giá thấp tại chỉ số cải cách hành chính huyện Lộc Bình năm 2023',
  signature: {
    lines: [{ prefix: 'KT', text: 'CHỦ TỊCH' }, { text: 'PHÓ CHỦ TỊCH' }],
    signer: 'Hoàng Thị Thúy',
  },
  replacements: [
    // The seed ends section III with one paragraph that also carries the closing sentence and the
    // end mark; the closing sentence becomes the plan's closing paragraph.
    ['việc thực hiện Kế hoạch. Trong quá trình', 'việc thực hiện Kế hoạch.\n\nTrong quá trình'],
  ],
  // "Căn cứ … xếp thứ 09/11 huyện, thành phố;" is one running sentence leading into "Để khắc
  // phục …", not a list of legal bases, so it stays a preamble paragraph.
  bodyStart: 'Căn cứ Chỉ số cải cách hành chính (CCHC)',
  headingRule: 'markup',
  paragraphParent: [['(Chi tiết theo Bảng phân công', 'section']],
  tags: [
    ['Nội dung công tác chỉ đạo, điều hành CCHC', { cchc: 'C1' }],
    ['Nội dung xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật', { cchc: 'C2' }],
    ['Nội dung cải cách thủ tục hành chính', { cchc: 'C3' }],
    ['Nội dung cải cách tổ chức bộ máy', { cchc: 'C4' }],
    ['Nội dung cải cách chế độ công vụ', { cchc: 'C5' }],
    ['Nội dung cải cách tài chính công', { cchc: 'C6' }],
    ['Nội dung xây dựng và phát triển chính quyền điện tử', { cchc: 'C7' }],
    ['Nội dung tác động của CCHC', { cchc: 'C8' }],
    ['Đo lường hài lòng', { cchc: 'C9' }],
  ],
}
