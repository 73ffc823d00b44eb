import { TableRow } from 'docx'
import type { Paragraph, Table } from 'docx'
import type { Header } from '../model/types'
import { formatDate, formatNumberLine, MOTTO, NATIONAL_NAME } from '../model/format-header'
import { textRun } from './inline'
import type { LayoutSettings } from './layout-settings'
import type { LineHook } from './line-hook'
import { centredParagraph, ruleParagraph } from './paragraphs'
import { fixedCell, fixedTable, widthsToTwips } from './table-helpers'
import { textWidthPt } from './text-width'
import { ptToTwips } from './units'

const caps = (text: string): string => text.trim().toLocaleUpperCase('vi')

function agencyCell(header: Header, s: LayoutSettings, width: number): Paragraph[] {
  const parent = (header.parentAgency ?? []).filter(l => l.trim() !== '')
  const agency = header.agency.filter(l => l.trim() !== '')
  const lines = [
    ...parent.map(l => centredParagraph([textRun(caps(l), { size: s.parentAgencySize })])),
    ...agency.map(l => centredParagraph([textRun(caps(l), { size: s.agencySize, bold: true })])),
  ]
  const longest = Math.max(
    0,
    ...agency.map(l => ptToTwips(textWidthPt(caps(l), s.agencySize, true)))
  )
  const ruleWidth = Math.round(Math.min(longest, width) * s.ruleRatio)
  return [...lines, ruleParagraph(ruleWidth, width)]
}

function nationalCell(s: LayoutSettings, width: number): Paragraph[] {
  const mottoWidth = ptToTwips(textWidthPt(MOTTO, s.mottoSize, true))
  return [
    centredParagraph([textRun(NATIONAL_NAME, { size: s.nationalTitleSize, bold: true })]),
    centredParagraph([textRun(MOTTO, { size: s.mottoSize, bold: true })]),
    ruleParagraph(Math.min(mottoWidth, width), width),
  ]
}

/**
 * The page-1 header: a borderless 2×2 table (agency | Quốc hiệu, then Số | địa danh + date),
 * so the number and the date sit on the same line. `lines` draws over the number and the date.
 */
export function buildHeaderBlock(header: Header, s: LayoutSettings, lines?: LineHook): Table {
  const widths = widthsToTwips(s.headerColumns)
  const [left = 0, right = 0] = widths
  const top = new TableRow({
    cantSplit: true,
    children: [
      fixedCell(left, agencyCell(header, s, left)),
      fixedCell(right, nationalCell(s, right)),
    ],
  })
  const numberStyle = { size: s.numberSize }
  const dateStyle = { size: s.dateSize, italic: true }
  const numberLine = formatNumberLine(header)
  const dateLine = formatDate(header.place, header.date)
  const number = lines?.line('header:number', numberLine, numberStyle)?.children
  const date = lines?.line('header:date', dateLine, dateStyle)?.children
  const bottom = new TableRow({
    cantSplit: true,
    children: [
      fixedCell(left, [centredParagraph(number ?? [textRun(numberLine, numberStyle)], 6)]),
      fixedCell(right, [centredParagraph(date ?? [textRun(dateLine, dateStyle)], 6)]),
    ],
  })
  return fixedTable(widths, [top, bottom], { bordered: false, cellMargin: 0 })
}
