import { memo, useCallback, type KeyboardEvent } from 'react'
import { appendixReference } from '../../../shared/model/format-header'
import { newId } from '../../../shared/model/ids'
import { appendixHeading, criterionLetters, numberTableRows } from '../../../shared/model/numbering'
import { insertRows, moveRow } from '../../../shared/model/table'
import type { Appendix, Header, TableRow } from '../../../shared/model/types'
import { AreaField } from './Field'
import type { Edit } from './table/edit-types'
import { rowChunks, TableChunk } from './table/TableChunk'
import { useFocusCell } from './table/use-focus-cell'

/** Applies a change to one appendix; `key` groups quick successive edits into one undo step. */
export type EditAppendix = (
  id: string,
  key: string,
  change: (appendix: Appendix) => Appendix
) => void

/**
 * Edits one appendix: title, columns and task table (rows, groups, merged criteria, pasted blocks
 * of rows). Callbacks are stable and rows memoised, so typing elsewhere does not re-render it.
 */
export const AppendixEditor = memo(function AppendixEditor(props: {
  appendix: Appendix
  index: number
  count: number
  header: Header
  edit: EditAppendix
  onRemove: (id: string) => void
  /** The clerk works in this appendix now (task rows from the library go to it). */
  onActive: (id: string) => void
}) {
  const { appendix, edit: editAny } = props
  const edit = useCallback<Edit>(
    (key, change) => editAny(appendix.id, key, change),
    [editAny, appendix.id]
  )
  const indices = numberTableRows(appendix)
  const letters = criterionLetters(appendix)
  const rows = appendix.rows
  const setTitle = useCallback(
    (v: string) => edit('title', a => ({ ...a, title: v.toUpperCase() })),
    [edit]
  )
  const { focusCell, focusRow } = useFocusCell(rows)
  const addRow = (fresh: TableRow) => {
    edit('row.add', a => insertRows(a, [fresh]))
    focusRow(fresh.id)
  }
  const onTableKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement
    const row = target.closest('tr')
    const id = row?.dataset.rowId
    if (target.localName !== 'textarea' || !row || !id || event.ctrlKey) {
      return
    }
    const cells = [...row.querySelectorAll('textarea')]
    // As in Word, Tab in the table's last cell adds a row and goes to its first cell.
    if (
      event.key === 'Tab' &&
      !event.shiftKey &&
      !event.altKey &&
      id === rows[rows.length - 1]?.id &&
      cells[cells.length - 1] === target
    ) {
      event.preventDefault()
      addRow({ type: 'task', id: newId(), fields: {} })
      return
    }
    // Alt+Shift+↑/↓ moves the row, as it moves an item in the body; the caret stays in its cell.
    const delta = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0
    if (delta !== 0 && event.altKey && event.shiftKey) {
      event.preventDefault()
      edit('row.move', a => moveRow(a, id, delta))
      focusCell(id, cells.indexOf(target as HTMLTextAreaElement))
    }
  }
  return (
    <section
      className="pg-sheet pg-sheet--landscape ed-appendix"
      data-testid={`appendix-${props.index}`}
      data-block-id={appendix.id}
      onFocus={() => props.onActive(appendix.id)}
    >
      <div className="pg-appendix__head">
        <div className="pg-appendix__heading">{appendixHeading(props.index, props.count)}</div>
        <AreaField
          className="pg-appendix__title ed-center ed-caps"
          label="Tên phụ lục"
          placeholder="TÊN PHỤ LỤC"
          value={appendix.title}
          onChange={setTitle}
        />
        <div className="pg-appendix__reference">{appendixReference(props.header)}</div>
        <div className="pg-rule pg-rule--title" />
      </div>
      <div className="ed-table-chunks" data-testid="task-table" onKeyDown={onTableKeyDown}>
        {rowChunks(rows.length).map(({ start, end }) => (
          <TableChunk
            key={start}
            rows={rows}
            start={start}
            end={end}
            indices={indices}
            letters={letters}
            columns={appendix.columns}
            groupNumbering={appendix.numbering.group}
            edit={edit}
            onAdded={focusRow}
          />
        ))}
      </div>
      <div className="ed-noprint ed-row">
        <button
          type="button"
          className="ed-chip"
          data-testid="table-add-row"
          onClick={() => addRow({ type: 'task', id: newId(), fields: {} })}
        >
          + thêm dòng
        </button>
        <button
          type="button"
          className="ed-chip"
          onClick={() => addRow({ type: 'group', id: newId(), label: '' })}
        >
          + thêm nhóm
        </button>
        <button type="button" className="ed-chip" onClick={() => props.onRemove(appendix.id)}>
          Xóa phụ lục
        </button>
      </div>
    </section>
  )
})
