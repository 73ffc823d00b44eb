import { formatDate, formatNumberLine } from '../../model/format-header'
import { appendixHeading, sectionLabel } from '../../model/numbering'
import type { Block, Plan } from '../../model/types'
import { runsText } from '../../text/runs'

/** One part of an imported plan as the review shows it; `uncertain` says what to check. */
export type ReviewPart = {
  readonly key: string
  readonly title: string
  readonly lines: readonly string[]
  readonly uncertain?: string
}

const PREVIEW = 3

function blockLines(blocks: readonly Block[]): string[] {
  return blocks.slice(0, PREVIEW).map(b => runsText(b.content))
}

function countLine(blocks: readonly Block[]): string {
  const items = blocks.filter(b => b.type === 'item').length
  return `${items} đề mục, ${blocks.length - items} đoạn văn`
}

function headerPart(plan: Plan): ReviewPart {
  const h = plan.header
  const missing = [
    h.agency.join(' ').trim() === '' ? 'tên cơ quan ban hành' : '',
    h.place.trim() === '' ? 'địa danh' : '',
    h.date.year === undefined ? 'năm ban hành' : '',
  ].filter(s => s !== '')
  return {
    key: 'header',
    title: 'Đầu văn bản',
    lines: [
      ...(h.parentAgency ?? []),
      h.agency.join(' '),
      formatNumberLine(h),
      formatDate(h.place, h.date),
    ].filter(l => l.trim() !== ''),
    ...(missing.length > 0 ? { uncertain: `Chưa tìm thấy ${missing.join(', ')}.` } : {}),
  }
}

/**
 * What went where in an imported plan: header, trích yếu, căn cứ, each section, Nơi nhận,
 * signature and each appendix, each with a short preview and, where a part is missing or
 * empty, what the clerk should check.
 */
export function reviewParts(plan: Plan): ReviewPart[] {
  const parts: ReviewPart[] = [headerPart(plan)]
  parts.push({
    key: 'subject',
    title: 'Tên loại và trích yếu',
    lines: ['KẾ HOẠCH', plan.subject],
    ...(plan.subject.trim() === '' ? { uncertain: 'Chưa tìm thấy trích yếu.' } : {}),
  })
  parts.push({
    key: 'bases',
    title: `Căn cứ (${plan.bases.length})`,
    lines: plan.bases.slice(0, PREVIEW).map(b => runsText(b.content)),
  })
  for (const [i, s] of plan.sections.entries()) {
    parts.push({
      key: `section-${s.id}`,
      title: `${sectionLabel(i + 1)} ${s.title}`,
      lines: [countLine(s.children), ...blockLines(s.children)],
      ...(s.children.length === 0 ? { uncertain: 'Mục này trống.' } : {}),
    })
  }
  parts.push({
    key: 'recipients',
    title: `Nơi nhận (${plan.recipients.length})`,
    lines: [...plan.recipients.map(r => `- ${r.text};`), `- Lưu: ${plan.archive}.`],
    ...(plan.recipients.length === 0 ? { uncertain: 'Chưa tìm thấy nơi nhận.' } : {}),
  })
  const sig = plan.signature
  parts.push({
    key: 'signature',
    title: 'Người ký',
    lines: [...sig.lines.map(l => (l.prefix ? `${l.prefix}. ${l.text}` : l.text)), sig.signer],
    ...(sig.signer.trim() === '' || sig.lines.length === 0
      ? { uncertain: 'Chưa tìm thấy đủ quyền hạn, chức vụ và họ tên người ký.' }
      : {}),
  })
  for (const [i, a] of plan.appendices.entries()) {
    parts.push({
      key: `appendix-${a.id}`,
      title: `${appendixHeading(i, plan.appendices.length)}: ${a.title}`,
      lines: [`${a.rows.length} dòng`, a.columns.map(c => c.label).join(' | ')],
      ...(a.rows.length === 0 ? { uncertain: 'Bảng phụ lục không có dòng nào.' } : {}),
    })
  }
  return parts
}
