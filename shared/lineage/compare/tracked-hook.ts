import type { Paragraph } from 'docx'
import type { LayoutSettings, ParagraphHook } from '../../docx'
import { bodyParagraph } from '../../docx/paragraphs'
import { trackedLinesHook } from './tracked-lines'
import { trackedRowsHook } from './tracked-rows'
import { trackedRuns, type RevisionIds } from './tracked-runs'
import type { CompareEntry, Comparison, PlanUnit, UnitRef } from './types'

/** Units the paragraph hook draws; rows, số, date and Nơi nhận go through its table and line hooks. */
const HOOKED: readonly PlanUnit['area'][] = [
  'subject',
  'basis',
  'preamble',
  'section-title',
  'block',
  'closing',
]

/**
 * The builder hook that draws a comparison over the newer plan as Word revisions: changed words
 * as `w:ins`/`w:del` inside the paragraph, an added (or moved-in) block as an inserted paragraph,
 * a removed (or moved-out) block as a deleted paragraph where it stood; appendix rows likewise
 * through its table hook, and the số, date and Nơi nhận lines (against `olderLines`, the older
 * plan's `printedLines`) through its line hook.
 */
export function trackedChangesHook(
  comparison: Comparison,
  settings: LayoutSettings,
  ids: RevisionIds,
  olderLines: ReadonlyMap<string, string> = new Map()
): ParagraphHook {
  const byKey = new Map<string, CompareEntry>()
  const gone = new Map<string, UnitRef[]>()
  const newer = comparison.entries.flatMap(e => ('newer' in e ? [e.newer] : []))
  const anchorOf = (before: number) => {
    const next = newer.find(u => u.index === before)
    return next !== undefined && HOOKED.includes(next.area) ? next.key : 'end'
  }
  for (const entry of comparison.entries) {
    if ('newer' in entry && entry.type !== 'same') {
      byKey.set(entry.newer.key, entry)
    }
    if ((entry.type === 'removed' || entry.type === 'moved') && HOOKED.includes(entry.older.area)) {
      const anchor = anchorOf(entry.before)
      gone.set(anchor, [...(gone.get(anchor) ?? []), entry.older])
    }
  }
  const inserted = (key: string) => {
    const type = byKey.get(key)?.type
    return type === 'added' || type === 'moved'
  }
  return {
    content: (key, style) => {
      const entry = byKey.get(key)
      if (entry === undefined || entry.type === 'removed' || entry.type === 'same') {
        return undefined
      }
      const upper = entry.newer.area === 'section-title'
      const parts =
        entry.type === 'changed'
          ? entry.parts
          : [{ type: 'added' as const, text: entry.newer.text }]
      const shown = upper ? parts.map(p => ({ ...p, text: p.text.toLocaleUpperCase('vi') })) : parts
      return trackedRuns(shown, style, ids)
    },
    label: (key, text, style) =>
      inserted(key) ? trackedRuns([{ type: 'added', text }], style, ids)[0] : undefined,
    mark: key => (inserted(key) ? { insertion: ids() } : undefined),
    before: key => (gone.get(key) ?? []).map(unit => deletedParagraph(unit, settings, ids)),
    table: trackedRowsHook(comparison, ids),
    lines: trackedLinesHook(comparison, olderLines, ids),
  }
}

/** A block of the older plan as a deleted paragraph (its number, text and paragraph mark). */
function deletedParagraph(unit: UnitRef, s: LayoutSettings, ids: RevisionIds): Paragraph {
  const heading = unit.area === 'section-title'
  const style =
    unit.area === 'basis'
      ? { size: s.basisSize, italic: true }
      : { size: s.bodySize, bold: heading }
  const text = heading ? unit.text.toLocaleUpperCase('vi') : unit.text
  const marker = unit.marker === undefined ? '' : `${unit.marker} `
  const runs = trackedRuns([{ type: 'removed', text: `${marker}${text}` }], style, ids)
  return bodyParagraph(runs, s, { run: { deletion: ids() } })
}
