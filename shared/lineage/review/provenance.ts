import type { AgencyLevel, Plan, PlanDate, Provenance, ProvenanceKind } from '../../model'
import { issuerName } from '../../model/format-header'

/** What provenanceOf needs besides the source plan. */
export type ProvenanceOptions = {
  readonly kind: ProvenanceKind
  /** The source's file name or path (only the name is kept); absent for an unsaved plan. */
  readonly file?: string
  readonly level?: Exclude<AgencyLevel, 'tinh'>
  /** When the plan is made. */
  readonly now: Date
}

/** The provenance of a plan made from `source`: its file, số and ký hiệu, date, issuer, trích yếu. */
export function provenanceOf(source: Plan, options: ProvenanceOptions): Provenance {
  const { header } = source
  const number = header.number?.trim()
  const issuer = issuerName(header)
  const file = options.file?.split(/[\\/]/).pop()
  const subject = source.subject.trim()
  return {
    kind: options.kind,
    ...(file ? { file } : {}),
    ...(number ? { number: `${number}/KH-${header.agencyAbbr.trim()}` } : {}),
    date: header.date,
    ...(issuer ? { issuer } : {}),
    ...(subject ? { subject } : {}),
    ...(options.level ? { level: options.level } : {}),
    createdAt: options.now.toISOString(),
  }
}

/** The source as a sentence names it: `Kế hoạch số 94/KH-UBND ngày 02/6/2024 của UBND tỉnh …`. */
export function provenanceSource(provenance: Provenance): string {
  const number = provenance.number ? ` số ${provenance.number}` : ''
  const date = shortDate(provenance.date)
  const issuer = provenance.issuer ? ` của ${provenance.issuer}` : ''
  return `Kế hoạch${number}${date ? ` ngày ${date}` : ''}${issuer}`
}

/** How the plan was made, e.g. `Lập kế hoạch năm sau` or `Triển khai xuống cấp huyện`. */
export function provenanceKindText(provenance: Provenance): string {
  if (provenance.kind === 'carry-forward') {
    return 'Lập kế hoạch năm sau'
  }
  return provenance.level === 'xa' ? 'Triển khai xuống cấp xã' : 'Triển khai xuống cấp huyện'
}

/** A date as `02/6/2024` or `15/01/2024`; empty when no part is known. */
export function shortDate(date: PlanDate): string {
  if (date.day === undefined && date.month === undefined && date.year === undefined) {
    return ''
  }
  const day = date.day === undefined ? '…' : String(date.day).padStart(2, '0')
  // Decree 30 pads days below 10 and only the months January and February.
  const month =
    date.month === undefined ? '…' : String(date.month).padStart(date.month <= 2 ? 2 : 1, '0')
  return `${day}/${month}/${date.year ?? '…'}`
}
