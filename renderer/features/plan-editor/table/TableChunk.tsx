import { memo } from 'react'
import { addColumn } from '../../../../shared/model/table'
import type { Appendix, Column, TableRow } from '../../../../shared/model/types'
import { tableWidth } from '../../page/table-width'
import { ColumnHead } from './ColumnHead'
import type { Edit } from './edit-types'
import { RowView } from './RowView'

/**
 * Rows per table chunk. A big task table is drawn as a stack of tables of this many rows with the
 * same fixed columns, each in a wrapper the browser skips while off screen
 * (`content-visibility: auto`, plan-editor.css): typing in a cell then lays out and paints one
 * chunk, not 400 rows. The editor shows merged criteria as 〃, so no cell spans two chunks.
 */
const ROWS_PER_CHUNK = 40

/** The [start, end) row ranges of the chunks; one (empty) chunk for a table without rows. */
export function rowChunks(count: number): { start: number; end: number }[] {
  const chunks = []
  for (let start = 0; start < Math.max(count, 1); start += ROWS_PER_CHUNK) {
    chunks.push({ start, end: Math.min(count, start + ROWS_PER_CHUNK) })
  }
  return chunks
}

/** Props of one chunk of the task table. */
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
export const TableChunk = memo(function TableChunk({
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
