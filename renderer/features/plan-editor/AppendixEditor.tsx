import {
  memo,
  useCallback,
  useEffect,
  useRef,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react'
import { appendixReference } from '../../../shared/model/format-header'
import { newId } from '../../../shared/model/ids'
import { cellValue, withCell } from '../../../shared/model/task-cell'
import {
  COLUMN_WIDTH,
  addColumn,
  insertRows,
  moveRow,
  removeColumn,
  removeRow,
  toggleMerge,
  updateColumn,
  updateRow,
} from '../../../shared/model/table'
import { appendixHeading, criterionLetters, numberTableRows } from '../../../shared/model/numbering'
import type { Appendix, Column, Header, TableRow, TaskRow } from '../../../shared/model/types'
import { confirmDialog } from '../../services/confirm'
import { clauseDraft } from '../../../shared/library/clause-draft'
import type { ClauseSource } from '../../../shared/library/types'
import { announce } from '../../services/announce'
import { api } from '../../services/api'
import { tableWidth } from '../page/table-width'
import { AreaField } from './Field'
import { useLibrarySource } from './library-source'
import { parseRowsFromClipboard } from './paste-rows'

/** Applies a change to one appendix; `key` groups quick successive edits into one undo step. */
export type EditAppendix = (
  id: string,
  key: string,
  change: (appendix: Appendix) => Appendix
) => void
type Edit = (key: string, change: (appendix: Appendix) => Appendix) => void

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
  // The caret goes to a row's cell once that row is rendered (a row just added, or moved).
  const focusCell = useRef<{ id: string; cell: number } | undefined>(undefined)
  useEffect(() => {
    const pending = focusCell.current
    if (pending && rows.some(r => r.id === pending.id)) {
      focusCell.current = undefined
      const cells = document.querySelectorAll<HTMLTextAreaElement>(
        `tr[data-row-id="${CSS.escape(pending.id)}"] textarea`
      )
      cells[Math.min(pending.cell, cells.length - 1)]?.focus()
    }
  }, [rows])
  const focusRow = useCallback((id: string) => {
    focusCell.current = { id, cell: 0 }
  }, [])
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
      focusCell.current = { id, cell: cells.indexOf(target as HTMLTextAreaElement) }
    }
  }
  return (
    <section
      className="pg-sheet pg-sheet--landscape ed-appendix"
      data-testid={`appendix-${props.index}`}
      data-block-id={appendix.id}
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

/**
 * Rows per table chunk. A big task table is drawn as a stack of tables of this many rows with the
 * same fixed columns, each in a wrapper the browser skips while off screen
 * (`content-visibility: auto`, plan-editor.css): typing in a cell then lays out and paints one
 * chunk, not 400 rows. The editor shows merged criteria as 〃, so no cell spans two chunks.
 */
const ROWS_PER_CHUNK = 40

/** The [start, end) row ranges of the chunks; one (empty) chunk for a table without rows. */
function rowChunks(count: number): { start: number; end: number }[] {
  const chunks = []
  for (let start = 0; start < Math.max(count, 1); start += ROWS_PER_CHUNK) {
    chunks.push({ start, end: Math.min(count, start + ROWS_PER_CHUNK) })
  }
  return chunks
}

type ChunkProps = {
  rows: readonly TableRow[]
  start: number
  end: number
  indices: ReadonlyMap<string, string>
  letters: ReadonlyMap<string, string>
  columns: readonly Column[]
  groupNumbering: Appendix['numbering']['group']
  edit: Edit
  /** A row was added from a row's tools: it takes the caret once rendered. */
  onAdded: (id: string) => void
}

/** Whether a chunk would render the same: same rows in its range with the same numbers. */
function sameChunk(a: ChunkProps, b: ChunkProps): boolean {
  if (
    a.start !== b.start ||
    a.end !== b.end ||
    a.columns !== b.columns ||
    a.groupNumbering !== b.groupNumbering ||
    a.edit !== b.edit ||
    a.onAdded !== b.onAdded ||
    // Neighbours outside the range: the table's last row has no "Xuống"; the first row's merge
    // button depends on the row before it.
    (a.rows.length === a.end) !== (b.rows.length === b.end) ||
    a.rows[a.start - 1]?.type !== b.rows[b.start - 1]?.type
  ) {
    return false
  }
  for (let i = a.start; i < a.end; i++) {
    const id = a.rows[i]?.id ?? ''
    if (
      a.rows[i] !== b.rows[i] ||
      a.indices.get(id) !== b.indices.get(id) ||
      a.letters.get(id) !== b.letters.get(id)
    ) {
      return false
    }
  }
  return true
}

/** One chunk of the task table (see rowChunks); re-renders only when its own rows change. */
const TableChunk = memo(function TableChunk({
  rows,
  start,
  end,
  indices,
  letters,
  columns,
  groupNumbering,
  edit,
  onAdded,
}: ChunkProps) {
  // A fixed width: every chunk then lays its columns out exactly as printed (table-layout: fixed
  // only applies to a table with a width), so the chunks line up.
  const width = { width: `${tableWidth(columns)}mm` }
  return (
    <div className="ed-table-chunk" style={width}>
      <table className="pg-table ed-table" style={width}>
        <colgroup>
          {columns.map(c => (
            <col key={c.id} style={{ width: `${c.width}mm` }} />
          ))}
        </colgroup>
        {start === 0 && (
          <thead>
            <tr>
              {columns.map(c => (
                <ColumnHead key={c.id} column={c} edit={edit} />
              ))}
              <th className="ed-side ed-noprint">
                <button
                  type="button"
                  className="ed-chip"
                  data-testid="column-add"
                  onClick={() => edit('column.add', addColumn)}
                >
                  + cột
                </button>
              </th>
            </tr>
          </thead>
        )}
        <tbody>
          {rows.slice(start, end).map((row, offset) => {
            const i = start + offset
            return (
              <RowView
                key={row.id}
                row={row}
                position={i}
                last={i === rows.length - 1}
                canMerge={row.type === 'task' && i > 0 && rows[i - 1]?.type === 'task'}
                index={indices.get(row.id) ?? ''}
                letter={letters.get(row.id)}
                columns={columns}
                groupNumbering={groupNumbering}
                edit={edit}
                onAdded={onAdded}
              />
            )
          })}
        </tbody>
      </table>
    </div>
  )
}, sameChunk)

const ColumnHead = memo(function ColumnHead({ column, edit }: { column: Column; edit: Edit }) {
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
            void confirmDialog('Xóa cột này? Nội dung trong cột sẽ không còn hiển thị.').then(
              yes => {
                if (yes) {
                  edit('column.remove', a => removeColumn(a, column.id))
                }
              }
            )
          }}
        >
          ✕
        </button>
      </span>
    </th>
  )
})

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
async function saveRow(row: TaskRow, source: ClauseSource): Promise<void> {
  const result = await api['library:add'](
    clauseDraft({ kind: 'task-row', row }, source, row.tags ?? {})
  )
  announce(
    result.ok ? 'info' : 'error',
    result.ok ? 'Đã lưu dòng nhiệm vụ vào thư viện.' : result.error.message
  )
}

const RowView = memo(function RowView({
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
                {column.kind === 'criterion' && letter ? <span>{letter} </span> : null}
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
            title="Lưu dòng này vào thư viện"
            data-testid="row-save"
            onClick={() => void saveRow(row, source)}
          >
            Lưu
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

function GroupCells(props: {
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
          {props.groupNumbering === 'arabic-dot' && <span>{props.index}. </span>}
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
