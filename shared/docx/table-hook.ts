import type { ITableRowPropertiesOptions, ParagraphChild } from 'docx'
import type { ColumnKind } from '../model/types'
import type { RunStyle } from './inline'

/**
 * How one row of a task table is drawn over the plan (a tracked row of a comparison). `cell`
 * gets the column's kind (`group` for a group row's label) and the text the builder would print,
 * and returns the children of the cell's paragraph, or `undefined` to print the text as usual.
 */
export type DrawnRow = {
  /** Marks the whole row inserted or deleted (`w:trPr/w:ins`, `w:trPr/w:del`). */
  readonly mark?: Pick<ITableRowPropertiesOptions, 'insertion' | 'deletion'>
  readonly cell: (
    kind: ColumnKind | 'group',
    text: string,
    style: RunStyle
  ) => ParagraphChild[] | undefined
}

/**
 * A hook into the appendix task-table builder. Rows are named by the comparison's keys,
 * `row:<appendixId>:<rowId>`; the end of an appendix's table is `row-end:<appendixId>`.
 */
export type TableHook = {
  /** How row `key` is drawn, or `undefined` to build it as usual. */
  readonly row: (key: string) => DrawnRow | undefined
  /**
   * Rows that are no longer in the plan, drawn before row `key`: one cell per column, each asked
   * of `cell` with an empty printed text, or one cell across the table when `cell` draws `group`.
   */
  readonly before: (key: string) => DrawnRow[]
}
