import { criterionLetters, groupRowText, numberTableRows } from '../../../shared/model/numbering'
import type { Appendix, Column, GroupRow, TaskRow } from '../../../shared/model/types'
import { MultilineText } from './MultilineText'
import { taskCellText } from '../../../shared/model/task-cell'
import { criterionSpans, isMergedColumn, tableWidth } from './task-table-layout'

const mm = (value: number): string => `${value}mm`

/** A full-width bold group row; the index sits in the index column when that column comes first. */
export function GroupRowView({
  appendix,
  row,
  index,
}: {
  appendix: Appendix
  row: GroupRow
  index: string
}) {
  const count = appendix.columns.length
  const indexFirst = appendix.columns[0]?.kind === 'index'
  const label = groupRowText(appendix, row, index)
  const hasIndexColumn = appendix.columns.some(column => column.kind === 'index')
  const text =
    hasIndexColumn || appendix.numbering.group === 'arabic-dot' ? label : `${index}. ${label}`
  return (
    <tr className="pg-table__group" data-block-id={row.id} data-testid={`row-${row.id}`}>
      {indexFirst && <td className="pg-table__index">{index}</td>}
      <td colSpan={indexFirst ? count - 1 : count}>{indexFirst ? label : text}</td>
    </tr>
  )
}

/** Props of a task row. */
type TaskRowProps = {
  readonly columns: readonly Column[]
  readonly row: TaskRow
  readonly index: string
  readonly letter: string | undefined
  readonly span: number
}

/** A task row; its criterion and index cells span the `sameCriterion` rows below it. */
export function TaskRowView({ columns, row, index, letter, span }: TaskRowProps) {
  return (
    <tr className="pg-table__task" data-block-id={row.id} data-testid={`row-${row.id}`}>
      {columns.map(column => {
        const merged = isMergedColumn(column)
        if (merged && span === 0) {
          return null
        }
        return (
          <td
            key={column.id}
            className={column.kind === 'index' ? 'pg-table__index' : undefined}
            rowSpan={merged && span > 1 ? span : undefined}
          >
            <MultilineText text={taskCellText(row, column, index, letter)} />
          </td>
        )
      })}
    </tr>
  )
}

/** An appendix task table: fixed column widths from the model, a header row, group and task rows. */
export function TaskTable({ appendix }: { appendix: Appendix }) {
  const indexes = numberTableRows(appendix)
  const letters = criterionLetters(appendix)
  const spans = criterionSpans(appendix)
  return (
    <table
      className="pg-table"
      style={{ width: mm(tableWidth(appendix.columns)) }}
      data-testid="task-table"
    >
      <colgroup>
        {appendix.columns.map(column => (
          <col key={column.id} style={{ width: mm(column.width) }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {appendix.columns.map(column => (
            <th key={column.id} data-column-id={column.id}>
              <MultilineText text={column.label} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {appendix.rows.map(row =>
          row.type === 'group' ? (
            <GroupRowView
              key={row.id}
              appendix={appendix}
              row={row}
              index={indexes.get(row.id) ?? ''}
            />
          ) : (
            <TaskRowView
              key={row.id}
              columns={appendix.columns}
              row={row}
              index={indexes.get(row.id) ?? ''}
              letter={letters.get(row.id)}
              span={spans.get(row.id) ?? 1}
            />
          )
        )}
      </tbody>
    </table>
  )
}
