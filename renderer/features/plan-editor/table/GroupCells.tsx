import type { Appendix, Column } from '../../../../shared/model/types'
import { AreaField } from '../Field'

/** The cells of a group row: its number in the index column, its label across the others. */
export function GroupCells(props: {
  columns: readonly Column[]
  groupNumbering: Appendix['numbering']['group']
  index: string
  label: string
  onChange: (label: string) => void
}) {
  const hasIndex = props.columns[0]?.kind === 'index'
  const span = props.columns.length - (hasIndex ? 1 : 0)
  return (
    <>
      {hasIndex && <td className="pg-table__index">{props.index}</td>}
      <td colSpan={span}>
        <div className="ed-row">
          {props.groupNumbering === 'arabic-dot' && <span>{`${props.index}.\u00a0`}</span>}
          <AreaField
            label="Tên nhóm"
            placeholder="Tên nhóm (chỉ số nội dung)"
            value={props.label}
            onChange={props.onChange}
            className="ed-grow ed-bold"
          />
        </div>
      </td>
    </>
  )
}
