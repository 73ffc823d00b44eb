import { AlignmentType, Paragraph, TableRow } from 'docx'
import type { ParagraphChild } from 'docx'
import type { Column, ColumnKind } from '../model/types'
import { textRun } from './inline'
import type { DrawnRow } from './table-hook'
import { fixedCell } from './table-helpers'
import { ptToTwips } from './units'

/** How a cell's paragraphs look; `keepNext` holds a group row to its first task. */
export type CellLook = {
  readonly centred?: boolean
  readonly bold?: boolean
  readonly keepNext?: boolean
}

/** What a hook draws a cell as: its row and the column kind it asks about. */
export type CellDrawing = { readonly row: DrawnRow; readonly kind: ColumnKind | 'group' }

function cellParagraph(children: ParagraphChild[], look: CellLook): Paragraph {
  return new Paragraph({
    alignment: look.centred === true ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: ptToTwips(2), after: ptToTwips(2) },
    ...(look.keepNext === true ? { keepNext: true } : {}),
    children,
  })
}

/**
 * Cell text → paragraphs, one per `\n` line; when `drawing` is given and its row draws the cell,
 * one paragraph of the drawn children instead.
 */
export function cellParagraphs(
  text: string,
  size: number,
  look: CellLook = {},
  drawing?: CellDrawing
): Paragraph[] {
  const bold = look.bold === true
  const drawn = drawing?.row.cell(drawing.kind, text, { size, bold })
  if (drawn !== undefined) {
    return [cellParagraph(drawn, look)]
  }
  return text
    .split('\n')
    .map(line => cellParagraph(line === '' ? [] : [textRun(line, { size, bold })], look))
}

/**
 * A row no longer in the plan, drawn by the hook (a deleted row): one bold cell across the table
 * when the hook draws a `group` cell, else one plain cell per column.
 */
export function goneRow(
  row: DrawnRow,
  columns: readonly Column[],
  widths: readonly number[],
  size: number
): TableRow {
  const label = row.cell('group', '', { size, bold: true })
  if (label !== undefined) {
    const total = widths.reduce((a, b) => a + b, 0)
    const cell = fixedCell(total, [cellParagraph(label, { bold: true })], {
      columnSpan: columns.length,
    })
    return new TableRow({ cantSplit: true, children: [cell], ...row.mark })
  }
  const cells = columns.map((column, c) =>
    fixedCell(
      widths[c] ?? 0,
      cellParagraphs('', size, { centred: column.kind === 'index' }, { row, kind: column.kind })
    )
  )
  return new TableRow({ cantSplit: true, children: cells, ...row.mark })
}
