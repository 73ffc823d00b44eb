import type { DrawnRow, RunStyle, TableHook } from '../../docx'
import type { ColumnKind } from '../../model'
import { TASK_FIELDS } from '../../model'
import { trackedRuns, type RevisionIds } from './tracked-runs'
import type { Comparison, UnitRef } from './types'
import { wordParts } from './word-parts'

/**
 * The task-table hook that draws a comparison's appendix rows as Word revisions: a changed cell
 * with its words as `w:ins`/`w:del`, an added (or moved-in) row as an inserted row, a removed
 * (or moved-out) row as a deleted row where it stood.
 */
export function trackedRowsHook(comparison: Comparison, ids: RevisionIds): TableHook {
  const drawn = new Map<string, DrawnRow>()
  const gone = new Map<string, DrawnRow[]>()
  const newer = comparison.entries.flatMap(e => ('newer' in e ? [e.newer] : []))
  const anchorOf = (older: UnitRef, before: number) => {
    const table = older.key.slice(0, older.key.lastIndexOf(':') + 1)
    const next = newer.find(u => u.index === before)
    return next?.key.startsWith(table) === true ? next.key : `row-end:${table.slice(4, -1)}`
  }
  for (const entry of comparison.entries) {
    if ('newer' in entry && entry.newer.area === 'row') {
      if (entry.type === 'changed') {
        drawn.set(entry.newer.key, changedRow(entry.older, entry.newer, ids))
      } else if (entry.type === 'added' || entry.type === 'moved') {
        drawn.set(entry.newer.key, insertedRow(ids))
      }
    }
    if ((entry.type === 'removed' || entry.type === 'moved') && entry.older.area === 'row') {
      const anchor = anchorOf(entry.older, entry.before)
      gone.set(anchor, [...(gone.get(anchor) ?? []), deletedRow(entry.older, ids)])
    }
  }
  return { row: key => drawn.get(key), before: key => gone.get(key) ?? [] }
}

/** The stored text of a task row unit's cell in a column of `kind` (none for index, custom). */
function cellOf(unit: UnitRef, kind: ColumnKind | 'group'): string | undefined {
  if (unit.cells === undefined) {
    return kind === 'group' ? unit.text : undefined
  }
  const field = TASK_FIELDS.find(f => f === kind)
  return field === undefined ? undefined : (unit.cells[field] ?? '')
}

/** A row in both plans: each changed cell as word revisions, the rest printed as usual. */
function changedRow(older: UnitRef, newer: UnitRef, ids: RevisionIds): DrawnRow {
  return {
    cell: (kind, text, style) => {
      const before = cellOf(older, kind)
      const after = cellOf(newer, kind)
      // The printed text may carry a prefix the cell does not store (a criterion's `a)`).
      if (before === undefined || after === undefined || before === after) {
        return undefined
      }
      if (!text.endsWith(after)) {
        return undefined
      }
      const prefix = text.slice(0, text.length - after.length)
      const parts = wordParts(before, after)
      return trackedRuns(
        prefix === '' ? parts : [{ type: 'same', text: prefix }, ...parts],
        style,
        ids
      )
    },
  }
}

/** A row only in the newer plan: the row and every cell's text as insertions. */
function insertedRow(ids: RevisionIds): DrawnRow {
  return {
    mark: { insertion: ids() },
    cell: (_kind, text, style) => runsOf('added', text, style, ids),
  }
}

/** A row only in the older plan: the row and its cells' text as deletions. */
function deletedRow(older: UnitRef, ids: RevisionIds): DrawnRow {
  return {
    mark: { deletion: ids() },
    cell: (kind, _text, style) => {
      const text = cellOf(older, kind)
      return text === undefined ? undefined : runsOf('removed', text, style, ids)
    },
  }
}

function runsOf(type: 'added' | 'removed', text: string, style: RunStyle, ids: RevisionIds) {
  return text === '' ? [] : trackedRuns([{ type, text }], style, ids)
}
