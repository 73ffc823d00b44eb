import { memo, type ClipboardEvent } from 'react'
import { clauseDraft } from '../../../../shared/library/clause-draft'
import type { ClauseSource } from '../../../../shared/library/types'
import { newId } from '../../../../shared/model/ids'
import {
  insertRows,
  moveRow,
  removeRow,
  toggleMerge,
  updateRow,
} from '../../../../shared/model/table'
import { cellValue, withCell } from '../../../../shared/model/task-cell'
import type { Appendix, Column, TableRow, TaskRow } from '../../../../shared/model/types'
import type { Workspace } from '../../../workspace/workspace'
import { useWorkspace } from '../../../workspace/workspace'
import { AreaField } from '../Field'
import { useLibrarySource } from '../library-source'
import { parseRowsFromClipboard } from '../paste-rows'
import type { Edit } from './edit-types'
import { GroupCells } from './GroupCells'

/** Props of a task-table row. */
type RowProps = {
  row: TableRow
  position: number
  last: boolean
  canMerge: boolean
  index: string
  letter: string | undefined
  columns: readonly Column[]
  groupNumbering: Appendix['numbering']['group']
  edit: Edit
  onAdded: (id: string) => void
}

/** Saves a task row to the clause library as an approved clause. */
async function saveRow(
  { library, announce }: Workspace,
  row: TaskRow,
  source: ClauseSource
): Promise<void> {
  const result = await library['library:add'](
    clauseDraft({ kind: 'task-row', row }, source, row.tags ?? {})
  )
  announce(
    result.ok ? 'info' : 'error',
    result.ok ? 'Đã lưu dòng nhiệm vụ vào thư viện.' : result.error.message
  )
}

/** One row of the task table with its tools (save, add, group, merge, move, remove). */
export const RowView = memo(function RowView({
  row,
  position,
  last,
  canMerge,
  index,
  letter,
  columns,
  groupNumbering,
  edit,
  onAdded,
}: RowProps) {
  const source = useLibrarySource()
  const workspace = useWorkspace()
  const setRow = (key: string, next: (row: TableRow) => TableRow) =>
    edit(key, a => updateRow(a, row.id, next))
  const insertBelow = (fresh: TableRow) => {
    edit('row.add', a => insertRows(a, [fresh], row.id))
    onAdded(fresh.id)
  }
  const moveBy = (delta: number) => edit('row.move', a => moveRow(a, row.id, delta))
  const onPaste = (event: ClipboardEvent, columnIndex: number) => {
    const parsed = parseRowsFromClipboard(
      event.clipboardData.getData('text/plain'),
      columns.slice(columnIndex)
    )
    if (parsed.length > 1 || (parsed[0] && Object.keys(parsed[0].fields).length > 1)) {
      event.preventDefault()
      edit('row.paste', a => insertRows(a, parsed, row.id))
    }
  }
  return (
    <tr className={row.type === 'group' ? 'pg-table__group' : undefined} data-row-id={row.id}>
      {row.type === 'group' ? (
        <GroupCells
          columns={columns}
          groupNumbering={groupNumbering}
          index={index}
          label={row.label}
          onChange={label => setRow(`group.${row.id}`, r => ({ ...r, label }))}
        />
      ) : (
        columns.map((column, c) => (
          <td key={column.id} className={column.kind === 'index' ? 'pg-table__index' : undefined}>
            {column.kind === 'index' ? (
              row.sameCriterion ? (
                ''
              ) : (
                index
              )
            ) : column.kind === 'criterion' && row.sameCriterion ? (
              <span className="muted ed-merged" title="Gộp với ô trên">
                〃
              </span>
            ) : (
              <div className="ed-cell" onPaste={e => onPaste(e, c)}>
                {column.kind === 'criterion' && letter ? <span>{`${letter}\u00a0`}</span> : null}
                <AreaField
                  label={`${column.label}, dòng ${position + 1}`}
                  value={cellValue(row, column)}
                  onChange={v => setRow(`cell.${row.id}.${column.id}`, r => withCell(r, column, v))}
                />
              </div>
            )}
          </td>
        ))
      )}
      <td className="ed-side ed-tools ed-noprint">
        {row.type === 'task' && (
          <button
            tabIndex={-1}
            type="button"
            title="Lưu dòng này thành điều khoản trong thư viện, để dùng lại ở kế hoạch khác"
            data-testid="row-save"
            onClick={() => void saveRow(workspace, row, source)}
          >
            Đưa vào thư viện
          </button>
        )}
        <button
          tabIndex={-1}
          type="button"
          title="Thêm dòng nhiệm vụ bên dưới"
          data-testid="row-add"
          onClick={() => insertBelow({ type: 'task', id: newId(), fields: {} })}
        >
          ＋
        </button>
        <button
          tabIndex={-1}
          type="button"
          title="Thêm dòng nhóm bên dưới"
          onClick={() => insertBelow({ type: 'group', id: newId(), label: '' })}
        >
          Nhóm
        </button>
        {canMerge && row.type === 'task' && (
          <button
            tabIndex={-1}
            type="button"
            title="Gộp ô tiêu chí với dòng trên"
            aria-pressed={row.sameCriterion === true}
            onClick={() => setRow('row.merge', r => (r.type === 'task' ? toggleMerge(r) : r))}
          >
            ⇡
          </button>
        )}
        <button
          tabIndex={-1}
          type="button"
          title="Lên"
          disabled={position === 0}
          onClick={() => moveBy(-1)}
        >
          ↑
        </button>
        <button tabIndex={-1} type="button" title="Xuống" disabled={last} onClick={() => moveBy(1)}>
          ↓
        </button>
        <button
          tabIndex={-1}
          type="button"
          title="Xóa dòng"
          onClick={() => edit('row.remove', a => removeRow(a, row.id))}
        >
          ✕
        </button>
      </td>
    </tr>
  )
})
