import { Paragraph, TableRow, VerticalAlign, VerticalMergeType } from 'docx'
import type { Table, TableCell } from 'docx'
import { criterionLetters, groupRowText, numberTableRows } from '../model/numbering'
import { taskCellText } from '../model/task-cell'
import type { Appendix, Column, GroupRow, TableRow as ModelRow, TaskRow } from '../model/types'
import type { LayoutSettings } from './layout-settings'
import { cellParagraphs, goneRow } from './table-cells'
import type { DrawnRow, TableHook } from './table-hook'
import { fixedCell, fixedTable, widthsToTwips } from './table-helpers'

type TableContext = {
  readonly appendix: Appendix
  readonly widths: readonly number[]
  readonly index: ReadonlyMap<string, string>
  readonly letters: ReadonlyMap<string, string>
  readonly size: number
  readonly hook?: TableHook
}

const CENTRED_KINDS = new Set<Column['kind']>(['index', 'timeline'])
const MERGED_KINDS = new Set<Column['kind']>(['index', 'criterion'])

function buildTaskRow(row: TaskRow, i: number, ctx: TableContext): TableRow {
  const rows = ctx.appendix.rows
  const continues = row.sameCriterion === true && rows[i - 1]?.type === 'task'
  const next = rows[i + 1]
  const starts = !continues && next?.type === 'task' && next.sameCriterion === true
  const drawn = ctx.hook?.row(rowKey(ctx, row))
  const cells: TableCell[] = ctx.appendix.columns.map((column, c) => {
    const width = ctx.widths[c] ?? 0
    const merged = MERGED_KINDS.has(column.kind)
    if (merged && continues) {
      return fixedCell(width, [new Paragraph({})], { verticalMerge: VerticalMergeType.CONTINUE })
    }
    const text = taskCellText(row, column, ctx.index.get(row.id) ?? '', ctx.letters.get(row.id))
    return fixedCell(
      width,
      cellParagraphs(
        text,
        ctx.size,
        { centred: CENTRED_KINDS.has(column.kind) },
        drawn && { row: drawn, kind: column.kind }
      ),
      {
        ...(merged && starts ? { verticalMerge: VerticalMergeType.RESTART } : {}),
        verticalAlign: merged ? VerticalAlign.CENTER : VerticalAlign.TOP,
      }
    )
  })
  return new TableRow({ cantSplit: true, children: cells, ...drawn?.mark })
}

function buildGroupRow(row: GroupRow, _i: number, ctx: TableContext): TableRow {
  const columns = ctx.appendix.columns
  const index = ctx.index.get(row.id) ?? ''
  const total = ctx.widths.reduce((a, b) => a + b, 0)
  const first = ctx.widths[0] ?? 0
  const drawn = ctx.hook?.row(rowKey(ctx, row))
  const as = (kind: 'index' | 'group') => drawn && { row: drawn, kind }
  const cells =
    columns[0]?.kind === 'index' && columns.length > 1
      ? [
          fixedCell(
            first,
            cellParagraphs(
              index,
              ctx.size,
              { centred: true, bold: true, keepNext: true },
              as('index')
            )
          ),
          fixedCell(
            total - first,
            cellParagraphs(row.label, ctx.size, { bold: true, keepNext: true }, as('group')),
            {
              columnSpan: columns.length - 1,
            }
          ),
        ]
      : [
          fixedCell(
            total,
            cellParagraphs(
              groupRowText(ctx.appendix, row, index),
              ctx.size,
              { bold: true, keepNext: true },
              as('group')
            ),
            {
              columnSpan: columns.length,
            }
          ),
        ]
  return new TableRow({ cantSplit: true, children: cells, ...drawn?.mark })
}

/** The comparison's key of a row of this table. */
function rowKey(ctx: TableContext, row: ModelRow): string {
  return `row:${ctx.appendix.id}:${row.id}`
}

/** The rows the hook draws before `key` (rows no longer in the plan). */
function goneRows(ctx: TableContext, key: string): TableRow[] {
  const gone: readonly DrawnRow[] = ctx.hook?.before(key) ?? []
  return gone.map(row => goneRow(row, ctx.appendix.columns, ctx.widths, ctx.size))
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
 * `hook` draws over the rows (the tracked changes of a comparison).
 */
export function buildTaskTable(
  appendix: Appendix,
  textWidth: number,
  s: LayoutSettings,
  hook?: TableHook
): Table {
  const ctx: TableContext = {
    appendix,
    widths: widthsToTwips(
      appendix.columns.map(c => Math.max(1, c.width)),
      textWidth
    ),
    index: numberTableRows(appendix),
    letters: criterionLetters(appendix),
    size: s.tableTextSize,
    ...(hook === undefined ? {} : { hook }),
  }
  const body = appendix.rows.flatMap((row, i) => [
    ...goneRows(ctx, rowKey(ctx, row)),
    (ROW_BUILDERS[row.type] as (r: ModelRow, i: number, c: TableContext) => TableRow)(row, i, ctx),
  ])
  body.push(...goneRows(ctx, `row-end:${appendix.id}`))
  return fixedTable(ctx.widths, [headerRow(ctx), ...body], { bordered: true, cellMargin: 85 })
}
