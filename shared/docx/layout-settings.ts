import type { Finding } from '../model/finding'

/**
 * Every size and distance of the exported document, in one object: millimetres for the page,
 * points for type. Defaults follow Nghị định 30/2020/NĐ-CP, Phụ lục I (see decree30.md).
 */
export type LayoutSettings = {
  readonly marginTop: number
  readonly marginBottom: number
  readonly marginLeft: number
  readonly marginRight: number
  /** Body text size (pt). */
  readonly bodySize: number
  /** First-line indent of body paragraphs (cm). */
  readonly firstLineIndent: number
  /** Space before each body paragraph (pt). */
  readonly spacingBefore: number
  /** Line spacing in lines (1 = single). */
  readonly lineSpacing: number
  readonly parentAgencySize: number
  readonly agencySize: number
  readonly nationalTitleSize: number
  readonly mottoSize: number
  readonly numberSize: number
  readonly dateSize: number
  readonly titleSize: number
  readonly subjectSize: number
  readonly basisSize: number
  readonly pageNumberSize: number
  readonly footnoteSize: number
  readonly tableTextSize: number
  readonly recipientsLabelSize: number
  readonly recipientsSize: number
  readonly signatureSize: number
  readonly signerSize: number
  readonly appendixHeadingSize: number
  readonly appendixTitleSize: number
  readonly appendixReferenceSize: number
  /** Empty lines left for the signature and seal. */
  readonly signatureBlankLines: number
  /** Short rules (agency, trích yếu, appendix) as a share of the text they underline. */
  readonly ruleRatio: number
  /** Page-1 header table columns (mm): agency | Quốc hiệu. */
  readonly headerColumns: readonly [number, number]
  /** Signature table columns (mm): Nơi nhận | signature. */
  readonly signatureColumns: readonly [number, number]
}

/** The defaults of decree30.md. */
export const DEFAULT_LAYOUT: LayoutSettings = {
  marginTop: 20,
  marginBottom: 20,
  marginLeft: 30,
  marginRight: 15,
  bodySize: 14,
  firstLineIndent: 1.27,
  spacingBefore: 6,
  lineSpacing: 1,
  parentAgencySize: 13,
  agencySize: 13,
  nationalTitleSize: 13,
  mottoSize: 14,
  numberSize: 13,
  dateSize: 14,
  titleSize: 14,
  subjectSize: 14,
  basisSize: 14,
  pageNumberSize: 14,
  footnoteSize: 12,
  tableTextSize: 13,
  recipientsLabelSize: 12,
  recipientsSize: 11,
  signatureSize: 14,
  signerSize: 14,
  appendixHeadingSize: 14,
  appendixTitleSize: 14,
  appendixReferenceSize: 14,
  signatureBlankLines: 4,
  ruleRatio: 0.4,
  headerColumns: [67.5, 100],
  signatureColumns: [52.8, 110.9],
}

type NumericKey = {
  [K in keyof LayoutSettings]: LayoutSettings[K] extends number ? K : never
}[keyof LayoutSettings]

type Range = readonly [min: number, max: number, rule: string]

const PL1 = 'NĐ 30/2020, Phụ lục I'

/** Allowed ranges with the rule each comes from (Vietnamese, shown to the clerk). */
export const LAYOUT_RANGES: Readonly<Partial<Record<NumericKey, Range>>> = {
  marginTop: [20, 25, `${PL1}: lề trên 20–25 mm`],
  marginBottom: [20, 25, `${PL1}: lề dưới 20–25 mm`],
  marginLeft: [30, 35, `${PL1}: lề trái 30–35 mm`],
  marginRight: [15, 20, `${PL1}: lề phải 15–20 mm`],
  bodySize: [13, 14, `${PL1}: chữ nội dung cỡ 13–14`],
  firstLineIndent: [1, 1.27, `${PL1}: lùi đầu dòng 1–1,27 cm`],
  spacingBefore: [6, Number.POSITIVE_INFINITY, `${PL1}: khoảng cách giữa các đoạn tối thiểu 6 pt`],
  lineSpacing: [1, 1.5, `${PL1}: khoảng cách dòng từ đơn đến 1,5 dòng`],
  parentAgencySize: [12, 13, `${PL1}: tên cơ quan chủ quản cỡ 12–13`],
  agencySize: [12, 13, `${PL1}: tên cơ quan ban hành cỡ 12–13`],
  nationalTitleSize: [12, 13, `${PL1}: Quốc hiệu cỡ 12–13`],
  mottoSize: [13, 14, `${PL1}: Tiêu ngữ cỡ 13–14`],
  numberSize: [13, 13, `${PL1}: số, ký hiệu cỡ 13`],
  dateSize: [13, 14, `${PL1}: địa danh, ngày tháng cỡ 13–14`],
  titleSize: [13, 14, `${PL1}: tên loại văn bản cỡ 13–14`],
  subjectSize: [13, 14, `${PL1}: trích yếu cỡ 13–14`],
  basisSize: [13, 14, `${PL1}: căn cứ ban hành cỡ 13–14`],
  pageNumberSize: [13, 14, `${PL1}: số trang cỡ 13–14`],
  footnoteSize: [10, 13, 'Thực tiễn: chú thích cuối trang nhỏ hơn chữ nội dung'],
  tableTextSize: [12, 13, 'Thực tiễn: chữ trong bảng cỡ 12–13'],
  recipientsLabelSize: [12, 12, `${PL1}: "Nơi nhận:" cỡ 12`],
  recipientsSize: [11, 11, `${PL1}: danh sách nơi nhận cỡ 11`],
  signatureSize: [13, 14, `${PL1}: quyền hạn, chức vụ người ký cỡ 13–14`],
  signerSize: [13, 14, `${PL1}: họ tên người ký cỡ 13–14`],
  appendixTitleSize: [13, 14, `${PL1}: tên phụ lục cỡ 13–14`],
  appendixReferenceSize: [13, 14, `${PL1}: dòng "Kèm theo" của phụ lục cỡ 13–14`],
  ruleRatio: [1 / 3, 1 / 2, `${PL1}: đường kẻ dài 1/3–1/2 dòng chữ`],
}

const format = (n: number): string => String(Math.round(n * 100) / 100).replace('.', ',')

/** Warns about every setting outside the decree's range, naming the rule. */
export function checkLayoutSettings(s: LayoutSettings): Finding[] {
  const out: Finding[] = []
  for (const [key, range] of Object.entries(LAYOUT_RANGES) as [NumericKey, Range][]) {
    const [min, max, rule] = range
    const value = s[key]
    if (!Number.isFinite(value) || value < min - 1e-9 || value > max + 1e-9) {
      out.push({
        severity: 'warning',
        code: `layout.${key}-out-of-range`,
        message: Number.isFinite(max)
          ? `Giá trị ${format(value)} nằm ngoài khoảng ${format(min)}–${format(max)}.`
          : `Giá trị ${format(value)} nhỏ hơn mức tối thiểu ${format(min)}.`,
        rule,
        location: { field: `layout.${key}` },
      })
    }
  }
  return out
}
