import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  VerticalAlign,
  WidthType,
} from 'docx'
import type { TableRow } from 'docx'
import { mmToTwips } from './units'

/** Single thin black border for every edge and inner line of a task table. */
const GRID_BORDER = { style: 'single', size: 4, color: '000000' } as const

/** Millimetre widths → twips that add up exactly to `total` twips (rounding goes to the last). */
export function widthsToTwips(widthsMm: readonly number[], totalTwips?: number): number[] {
  const twips = widthsMm.map(mmToTwips)
  if (totalTwips === undefined || twips.length === 0) {
    return twips
  }
  const sum = twips.reduce((a, b) => a + b, 0)
  const scaled = twips.map(w => Math.round((w * totalTwips) / sum))
  const drift = totalTwips - scaled.reduce((a, b) => a + b, 0)
  scaled[scaled.length - 1] = (scaled[scaled.length - 1] ?? 0) + drift
  return scaled
}

/** A cell with an explicit DXA width (LibreOffice ignores the grid alone). */
export function fixedCell(
  width: number,
  children: readonly Paragraph[],
  extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    ...extra,
    children: children.length > 0 ? [...children] : [new Paragraph({})],
  })
}

/**
 * A fixed-layout table with its grid in twips, centred on the text area; `bordered` draws
 * the task-table grid, otherwise the table is borderless (header, signature).
 */
export function fixedTable(
  widths: readonly number[],
  rows: readonly TableRow[],
  options: { readonly bordered: boolean; readonly cellMargin: number }
): Table {
  const total = widths.reduce((a, b) => a + b, 0)
  const m = options.cellMargin
  return new Table({
    rows: [...rows],
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { left: m, right: m, top: 0, bottom: 0 },
    borders: options.bordered
      ? {
          top: GRID_BORDER,
          bottom: GRID_BORDER,
          left: GRID_BORDER,
          right: GRID_BORDER,
          insideHorizontal: GRID_BORDER,
          insideVertical: GRID_BORDER,
        }
      : TableBorders.NONE,
  })
}
