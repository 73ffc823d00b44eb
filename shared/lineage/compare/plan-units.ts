import { numberPlan, toRoman, TASK_FIELDS } from '../../model'
import type { Numbering } from '../../model/numbering'
import type { Appendix, Block, Plan, Run, TaskField } from '../../model'
import type { PlanUnit, UnitArea } from './types'

/**
 * Flattens a plan into the units a comparison aligns, in reading order: the header fields that
 * matter (agency, số, ngày), trích yếu, căn cứ, the preamble, each section's title and blocks
 * (an item's own text, then its children), the closing, Nơi nhận, the signature and each
 * appendix's title and rows. Footnote texts are left out: they are not part of the line.
 */
export function planUnits(plan: Plan): PlanUnit[] {
  const numbering = numberPlan(plan)
  const units: PlanUnit[] = [...headerUnits(plan)]
  units.push(unit('subject', 'subject', 'Trích yếu', plan.subject))
  for (const basis of plan.bases) {
    units.push(unit(`basis:${basis.id}`, 'basis', 'Căn cứ', runText(basis.content)))
  }
  blockUnits(plan.preamble, 'preamble', 'Phần mở đầu', numbering, units)
  plan.sections.forEach((section, index) => {
    const name = `Mục ${toRoman(index + 1)}`
    const title = unit(`section-title:${section.id}`, 'section-title', name, section.title)
    units.push({ ...title, marker: `${toRoman(index + 1)}.` })
    blockUnits(section.children, 'block', name, numbering, units)
  })
  for (const p of plan.closing) {
    units.push(unit(`block:${p.id}`, 'closing', 'Phần kết', runText(p.content)))
  }
  for (const r of plan.recipients) {
    units.push(unit(`recipient:${r.id}`, 'recipient', 'Nơi nhận', r.text))
  }
  units.push(unit('archive', 'recipient', 'Nơi nhận (Lưu)', `Lưu: ${plan.archive}`))
  const { lines, signer } = plan.signature
  const authority = lines.map(l => (l.prefix === undefined ? l.text : `${l.prefix}. ${l.text}`))
  units.push(unit('signature:lines', 'signature', 'Chữ ký', authority.join('\n')))
  units.push(unit('signature:signer', 'signature', 'Người ký', signer))
  plan.appendices.forEach((a, index) => appendixUnits(a, index, units))
  return units
}

/** The plain text of runs, footnotes left out. */
export function runText(runs: readonly Run[]): string {
  return runs.map(run => ('type' in run ? '' : run.text)).join('')
}

function unit(key: string, area: UnitArea, label: string, text: string): PlanUnit {
  return { key, area, label, text }
}

function headerUnits(plan: Plan): PlanUnit[] {
  const { agency, parentAgency, agencyAbbr, number, place, date } = plan.header
  const show = (n: number | undefined) => (n === undefined ? '…' : String(n))
  const agencyText = [...(parentAgency ?? []), ...agency].join('\n')
  return [
    unit('header:agency', 'header', 'Cơ quan ban hành', agencyText),
    unit('header:number', 'header', 'Số, ký hiệu', `Số: ${number ?? '…'}/KH-${agencyAbbr}`),
    unit(
      'header:date',
      'header',
      'Địa danh, ngày',
      `${place}, ngày ${show(date.day)} tháng ${show(date.month)} năm ${show(date.year)}`
    ),
  ]
}

function blockUnits(
  blocks: readonly Block[],
  area: UnitArea,
  name: string,
  numbering: Numbering,
  out: PlanUnit[]
): void {
  for (const block of blocks) {
    const label = numbering.labels.get(block.id)
    const where = label === undefined ? `${name}, đoạn văn` : `${name}, ${label}`
    const own = unit(`block:${block.id}`, area, where, runText(block.content))
    out.push(label === undefined ? own : { ...own, marker: label })
    if (block.type === 'item') {
      blockUnits(block.children, area, name, numbering, out)
    }
  }
}

function appendixUnits(appendix: Appendix, index: number, out: PlanUnit[]): void {
  const name = `Phụ lục ${index + 1}`
  out.push(unit(`appendix-title:${appendix.id}`, 'appendix-title', name, appendix.title))
  let taskNo = 0
  for (const row of appendix.rows) {
    const key = `row:${appendix.id}:${row.id}`
    if (row.type === 'group') {
      out.push(unit(key, 'row', `${name}, dòng nhóm`, row.label))
      continue
    }
    taskNo += 1
    const cells: Partial<Record<TaskField, string>> = {}
    const texts: string[] = []
    for (const field of TASK_FIELDS) {
      const value = row.fields[field]
      if (value !== undefined && value !== '') {
        cells[field] = value
        texts.push(value)
      }
    }
    out.push({ ...unit(key, 'row', `${name}, hàng ${taskNo}`, texts.join(' | ')), cells })
  }
}
