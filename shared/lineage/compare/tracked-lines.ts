import type { DrawnLine, LineHook, RunStyle } from '../../docx'
import { recipientLine } from '../../docx/printed-lines'
import { trackedRuns, type RevisionIds } from './tracked-runs'
import type { CompareEntry, Comparison, UnitRef } from './types'
import { wordParts } from './word-parts'

/**
 * The line hook that draws a comparison over the header's số and date, the Nơi nhận lines and the
 * signature: a changed line as word revisions against its older printed text (`older`, from
 * `printedLines`), an added (or moved-in) Nơi nhận line inserted, a removed (or moved-out) one
 * deleted where it stood.
 */
export function trackedLinesHook(
  comparison: Comparison,
  older: ReadonlyMap<string, string>,
  ids: RevisionIds
): LineHook {
  const byKey = new Map<string, CompareEntry>()
  const gone = new Map<string, UnitRef[]>()
  const newer = comparison.entries.flatMap(e => ('newer' in e ? [e.newer] : []))
  // A gone line stands before the next newer Nơi nhận line that prints, else before `Lưu:`.
  const anchorOf = (before: number) =>
    newer.find(
      u => u.index >= before && u.area === 'recipient' && recipientLine(u.text) !== undefined
    )?.key ?? 'archive'
  for (const entry of comparison.entries) {
    if ('newer' in entry && entry.type !== 'same') {
      byKey.set(entry.newer.key, entry)
    }
    const goneLine = entry.type === 'removed' || entry.type === 'moved'
    if (goneLine && entry.older.area === 'recipient' && older.has(entry.older.key)) {
      const anchor = anchorOf(entry.before)
      gone.set(anchor, [...(gone.get(anchor) ?? []), entry.older])
    }
  }
  return {
    line: (key, text, style) => {
      const entry = byKey.get(key)
      if (entry === undefined || entry.type === 'removed' || entry.type === 'same') {
        return undefined
      }
      if (entry.type === 'changed') {
        const was = older.get(entry.older.key)
        return was === undefined || was === text
          ? undefined
          : { children: trackedRuns(wordParts(was, text), style, ids) }
      }
      return whole('added', text, style, ids)
    },
    before: (key, style) =>
      (gone.get(key) ?? []).map(unit => whole('removed', older.get(unit.key) ?? '', style, ids)),
  }
}

/** A whole line as an insertion or a deletion, its paragraph mark included. */
function whole(
  type: 'added' | 'removed',
  text: string,
  style: RunStyle,
  ids: RevisionIds
): DrawnLine {
  const mark = type === 'added' ? { insertion: ids() } : { deletion: ids() }
  return { children: trackedRuns([{ type, text }], style, ids), mark }
}
