import { memo } from 'react'
import { COLUMN_WIDTH, removeColumn, updateColumn } from '../../../../shared/model/table'
import type { Column } from '../../../../shared/model/types'
import { useWorkspace } from '../../../workspace/workspace'
import { AreaField } from '../Field'
import type { Edit } from './edit-types'

/** A column's head: its label, its width in mm and a button to remove it. */
export const ColumnHead = memo(function ColumnHead({
  column,
  edit,
}: {
  column: Column
  edit: Edit
}) {
  const { confirm } = useWorkspace()
  const set = (patch: Partial<Column>) =>
    edit(`column.${column.id}`, a => updateColumn(a, column.id, patch))
  return (
    <th>
      <AreaField
        className="ed-center ed-bold"
        label="Tên cột"
        value={column.label}
        onChange={v => set({ label: v })}
      />
      <span className="ed-tools ed-col-tools">
        <input
          type="number"
          min={COLUMN_WIDTH.min}
          max={COLUMN_WIDTH.max}
          aria-label="Độ rộng cột (mm)"
          title="Độ rộng cột (mm)"
          value={column.width}
          onChange={e => set({ width: Number(e.target.value) })}
        />
        <button
          type="button"
          title="Xóa cột"
          onClick={() => {
            void confirm('Xóa cột này? Nội dung trong cột sẽ không còn hiển thị.').then(yes => {
              if (yes) {
                edit('column.remove', a => removeColumn(a, column.id))
              }
            })
          }}
        >
          ✕
        </button>
      </span>
    </th>
  )
})
