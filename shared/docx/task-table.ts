import { AlignmentType, Paragraph, TableRow, VerticalAlign, VerticalMergeType } from 'docx'
import type { Table, TableCell } from 'docx'
import { criterionLetters, groupRowText, numberTableRows } from '../model/numbering'
import { taskCellText } from '../model/task-cell'
import type { Appendix, Column, GroupRow, TableRow as ModelRow, TaskRow } from '../model/types'
import { textRun } from './inline'
import type { LayoutSettings } from './layout-settings'
import { fixedCell, fixedTable, widthsToTwips } from './table-helpers'
import { ptToTwips } from './units'

type TableContext = {
  readonly appendix: Appendix
  readonly widths: readonly number[]
  readonly index: ReadonlyMap<string, string>
  readonly letters: ReadonlyMap<string, string>
  readonly size: number
}

const CENTRED_KINDS = new Set<Column['kind']>(['index', 'timeline'])
const MERGED_KINDS = new Set<Column['kind']>(['index', 'criterion'])

type CellLook = { readonly centred?: boolean; readonly bold?: boolean; readonly keepNext?: boolean }

/** Cell text → paragraphs, one per `\n` line; `keepNext` holds a group row to its first task. */
function cellParagraphs(text: string, size: number, look: CellLook = {}): Paragraph[] {
  const { centred = false, bold = false, keepNext = false } = look
  return text.split('\n').map(
    line =>
      new Paragraph({
        alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { before: ptToTwips(2), after: ptToTwips(2) },
        ...(keepNext ? { keepNext: true } : {}),
        children: line === '' ? [] : [textRun(line, { size, bold })],
      })
  )
}

function buildTaskRow(row: TaskRow, i: number, ctx: TableContext): TableRow {
  const rows = ctx.appendix.rows
  const continues = row.sameCriterion === true && rows[i - 1]?.type === 'task'
  const next = rows[i + 1]
  const starts = !continues && next?.type === 'task' && next.sameCriterion === true
  const cells: TableCell[] = ctx.appendix.columns.map((column, c) => {
    const width = ctx.widths[c] ?? 0
    const merged = MERGED_KINDS.has(column.kind)
    if (merged && continues) {
      return fixedCell(width, [new Paragraph({})], { verticalMerge: VerticalMergeType.CONTINUE })
    }
    const text = taskCellText(row, column, ctx.index.get(row.id) ?? '', ctx.letters.get(row.id))
    return fixedCell(
      width,
      cellParagraphs(text, ctx.size, { centred: CENTRED_KINDS.has(column.kind) }),
      {
        ...(merged && starts ? { verticalMerge: VerticalMergeType.RESTART } : {}),
        verticalAlign: merged ? VerticalAlign.CENTER : VerticalAlign.TOP,
      }
    )
  })
  return new TableRow({ cantSplit: true, children: cells })
}

function buildGroupRow(row: GroupRow, _i: number, ctx: TableContext): TableRow {
  const columns = ctx.appendix.columns
  const index = ctx.index.get(row.id) ?? ''
  const total = ctx.widths.reduce((a, b) => a + b, 0)
  const first = ctx.widths[0] ?? 0
  const cells =
    columns[0]?.kind === 'index' && columns.length > 1
      ? [
          fixedCell(
            first,
            cellParagraphs(index, ctx.size, { centred: true, bold: true, keepNext: true })
          ),
          fixedCell(
            total - first,
            cellParagraphs(row.label, ctx.size, { bold: true, keepNext: true }),
            {
              columnSpan: columns.length - 1,
            }
          ),
        ]
      : [
          fixedCell(
            total,
            cellParagraphs(groupRowText(ctx.appendix, row, index), ctx.size, {
              bold: true,
              keepNext: true,
            }),
            {
              columnSpan: columns.length,
            }
          ),
        ]
  return new TableRow({ cantSplit: true, children: cells })
}

/** One builder per table-row kind. */
const ROW_BUILDERS: {
  readonly [K in ModelRow['type']]: (
    row: Extract<ModelRow, { type: K }>,
    i: number,
    ctx: TableContext
  ) => TableRow
} = { task: buildTaskRow, group: buildGroupRow }

function headerRow(ctx: TableContext): TableRow {
  const cells = ctx.appendix.columns.map((column, c) =>
    fixedCell(
      ctx.widths[c] ?? 0,
      cellParagraphs(column.label, ctx.size, { centred: true, bold: true }),
      {
        verticalAlign: VerticalAlign.CENTER,
      }
    )
  )
  return new TableRow({ tableHeader: true, cantSplit: true, children: cells })
}

/**
 * The appendix task table: widths scaled to `textWidth` twips on the grid and every cell, fixed
 * layout, repeated header row, unsplittable rows, full-width bold group rows, merged criteria.
 */
export function buildTaskTable(appendix: Appendix, textWidth: number, s: LayoutSettings): Table {
  const ctx: TableContext = {
    appendix,
    widths: widthsToTwips(
      appendix.columns.map(c => Math.max(1, c.width)),
      textWidth
    ),
    index: numberTableRows(appendix),
    letters: criterionLetters(appendix),
    size: s.tableTextSize,
  }
  const body = appendix.rows.map((row, i) =>
    (ROW_BUILDERS[row.type] as (r: ModelRow, i: number, c: TableContext) => TableRow)(row, i, ctx)
  )
  return fixedTable(ctx.widths, [headerRow(ctx), ...body], { bordered: true, cellMargin: 85 })
}
