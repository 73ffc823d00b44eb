import type { ClipboardEvent } from 'react'
import { newId } from '../../../shared/model/ids'
import { appendixHeading, criterionLetters, numberTableRows } from '../../../shared/model/numbering'
import type { Appendix, Column, Header, TableRow, TaskField, TaskRow } from '../../../shared/model/types'
import { appendixReference } from '../../../shared/model/format-header'
import { AreaField } from './Field'
import { parseRowsFromClipboard } from './paste-rows'

/** Edits one appendix: title and task table (rows, groups, merged criteria, pasted blocks of rows). */
export function AppendixEditor(props: {
  appendix: Appendix
  index: number
  count: number
  header: Header
  onChange: (key: string, appendix: Appendix) => void
  onRemove: () => void
}) {
  const { appendix, onChange } = props
  const indices = numberTableRows(appendix)
  const letters = criterionLetters(appendix)
  const setRows = (key: string, rows: TableRow[]) => onChange(key, { ...appendix, rows })
  const rows = appendix.rows
  const insertAt = (i: number, row: TableRow) => setRows('row.add', [...rows.slice(0, i), row, ...rows.slice(i)])
  const setCell = (row: TaskRow, column: Column, value: string) => {
    const next: TaskRow =
      column.kind === 'custom'
        ? { ...row, custom: { ...row.custom, [column.id]: value } }
        : { ...row, fields: { ...row.fields, [column.kind as TaskField]: value } }
    setRows(`cell.${row.id}.${column.id}`, rows.map(r => (r.id === row.id ? next : r)))
  }
  const setColumn = (id: string, patch: Partial<Column>) =>
    onChange(`column.${id}`, { ...appendix, columns: appendix.columns.map(c => (c.id === id ? { ...c, ...patch } : c)) })
  const removeColumn = (id: string) => {
    if (window.confirm('Xóa cột này? Nội dung trong cột sẽ không còn hiển thị.')) {
      onChange('column.remove', { ...appendix, columns: appendix.columns.filter(c => c.id !== id) })
    }
  }
  const onPaste = (event: ClipboardEvent, rowIndex: number, columnIndex: number) => {
    const parsed = parseRowsFromClipboard(event.clipboardData.getData('text/plain'), appendix.columns.slice(columnIndex))
    if (parsed.length > 1 || (parsed[0] && Object.keys(parsed[0].fields).length > 1)) {
      event.preventDefault()
      setRows('row.paste', [...rows.slice(0, rowIndex + 1), ...parsed, ...rows.slice(rowIndex + 1)])
    }
  }
  return (
    <section className="pg-sheet pg-sheet--landscape" data-testid={`appendix-${props.index}`} data-block-id={appendix.id}>
      <div className="pg-appendix__head">
        <div className="pg-appendix__heading">{appendixHeading(props.index, props.count)}</div>
        <AreaField
          className="pg-appendix__title ed-center ed-caps"
          label="Tên phụ lục"
          placeholder="TÊN PHỤ LỤC"
          value={appendix.title}
          onChange={v => onChange('appendix.title', { ...appendix, title: v.toUpperCase() })}
        />
        <div className="pg-appendix__reference">{appendixReference(props.header)}</div>
        <div className="pg-rule pg-rule--title" />
      </div>
      <table className="pg-table ed-table" data-testid="task-table">
        <colgroup>
          {appendix.columns.map(c => (
            <col key={c.id} style={{ width: `${c.width}mm` }} />
          ))}
          <col className="ed-tools-col" />
        </colgroup>
        <thead>
          <tr>
            {appendix.columns.map(c => (
              <th key={c.id}>
                <AreaField className="ed-center ed-bold" label="Tên cột" value={c.label} onChange={v => setColumn(c.id, { label: v })} />
                <span className="ed-tools ed-col-tools">
                  <input
                    type="number"
                    min={8}
                    max={200}
                    aria-label="Độ rộng cột (mm)"
                    title="Độ rộng cột (mm)"
                    value={c.width}
                    onChange={e => setColumn(c.id, { width: Math.min(200, Math.max(8, Number(e.target.value) || 8)) })}
                  />
                  <button type="button" title="Xóa cột" onClick={() => removeColumn(c.id)}>
                    ✕
                  </button>
                </span>
              </th>
            ))}
            <th className="ed-noprint">
              <button type="button" className="ed-chip" data-testid="column-add" onClick={() => onChange('column.add', { ...appendix, columns: [...appendix.columns, { id: newId(), kind: 'custom', label: '', width: 25 }] })}>
                + cột
              </button>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.id} className={row.type === 'group' ? 'pg-table__group' : undefined} data-row-id={row.id}>
              {row.type === 'group' ? (
                <GroupCells appendix={appendix} index={indices.get(row.id) ?? ''} label={row.label} onChange={label => setRows(`group.${row.id}`, rows.map(r => (r.id === row.id ? { ...row, label } : r)))} />
              ) : (
                appendix.columns.map((column, c) => (
                  <td key={column.id} className={column.kind === 'index' ? 'pg-table__index' : undefined}>
                    {column.kind === 'index' ? (
                      row.sameCriterion ? '' : indices.get(row.id)
                    ) : column.kind === 'criterion' && row.sameCriterion ? (
                      <span className="muted ed-merged" title="Gộp với ô trên">〃</span>
                    ) : (
                      <div className="ed-cell" onPaste={e => onPaste(e, i, c)}>
                        {column.kind === 'criterion' && letters.get(row.id) ? <span>{letters.get(row.id)} </span> : null}
                        <AreaField label={`${column.label}, dòng ${i + 1}`} value={cellValue(row, column)} onChange={v => setCell(row, column, v)} />
                      </div>
                    )}
                  </td>
                ))
              )}
              <td className="ed-tools ed-noprint">
                <button type="button" title="Thêm dòng nhiệm vụ bên dưới" data-testid="row-add" onClick={() => insertAt(i + 1, { type: 'task', id: newId(), fields: {} })}>＋</button>
                <button type="button" title="Thêm dòng nhóm bên dưới" onClick={() => insertAt(i + 1, { type: 'group', id: newId(), label: '' })}>Nhóm</button>
                {row.type === 'task' && i > 0 && rows[i - 1]?.type === 'task' && (
                  <button type="button" title="Gộp ô tiêu chí với dòng trên" aria-pressed={row.sameCriterion === true} onClick={() => setRows('row.merge', rows.map(r => (r.id === row.id ? toggleMerge(row) : r)))}>
                    ⇡
                  </button>
                )}
                <button type="button" title="Lên" disabled={i === 0} onClick={() => setRows('row.move', move(rows, i, i - 1))}>↑</button>
                <button type="button" title="Xuống" disabled={i === rows.length - 1} onClick={() => setRows('row.move', move(rows, i, i + 1))}>↓</button>
                <button type="button" title="Xóa dòng" onClick={() => setRows('row.remove', rows.filter(r => r.id !== row.id))}>✕</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="ed-noprint ed-row">
        <button type="button" className="ed-chip" data-testid="table-add-row" onClick={() => insertAt(rows.length, { type: 'task', id: newId(), fields: {} })}>
          + thêm dòng
        </button>
        <button type="button" className="ed-chip" onClick={() => insertAt(rows.length, { type: 'group', id: newId(), label: '' })}>
          + thêm nhóm
        </button>
        <button type="button" className="ed-chip" onClick={props.onRemove}>
          Xóa phụ lục
        </button>
      </div>
    </section>
  )
}

function GroupCells(props: { appendix: Appendix; index: string; label: string; onChange: (label: string) => void }) {
  const hasIndex = props.appendix.columns[0]?.kind === 'index'
  const span = props.appendix.columns.length - (hasIndex ? 1 : 0)
  return (
    <>
      {hasIndex && <td className="pg-table__index">{props.index}</td>}
      <td colSpan={span}>
        <div className="ed-row">
          {props.appendix.numbering.group === 'arabic-dot' && <span>{props.index}. </span>}
          <AreaField label="Tên nhóm" placeholder="Tên nhóm (chỉ số nội dung)" value={props.label} onChange={props.onChange} className="ed-grow ed-bold" />
        </div>
      </td>
    </>
  )
}

function cellValue(row: TaskRow, column: Column): string {
  return column.kind === 'custom' ? (row.custom?.[column.id] ?? '') : (row.fields[column.kind as TaskField] ?? '')
}

function toggleMerge(row: TaskRow): TaskRow {
  const { sameCriterion: _drop, ...rest } = row
  return row.sameCriterion ? rest : { ...row, sameCriterion: true }
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list]
  const [item] = out.splice(from, 1)
  if (item !== undefined) {
    out.splice(to, 0, item)
  }
  return out
}
