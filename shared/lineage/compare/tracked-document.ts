import type { Document } from 'docx'
import { buildDocument, DEFAULT_LAYOUT, printedLines, type LayoutSettings } from '../../docx'
import type { Plan } from '../../model'
import type { AgencyProfile } from '../../model/profile'
import { comparePlans } from './compare-plans'
import { trackedChangesHook } from './tracked-hook'
import { revisionIds, type RevisionMeta } from './tracked-runs'
import type { Comparison } from './types'

/**
 * The Decree-30 Word document of the newer plan with its differences from the older plan as real
 * tracked changes (`w:ins` / `w:del` by `meta.author` at `meta.date`), for a leader to review in
 * Word: the body, the appendix task-table rows and cells, the header's số and date, the Nơi nhận
 * lines and the signature. The agency lines and the appendix titles are printed as the newer plan
 * has them, without revisions. Pure; pack it on the Node side.
 */
export function buildTrackedDocument(
  older: Plan,
  newer: Plan,
  meta: RevisionMeta,
  settings: LayoutSettings = DEFAULT_LAYOUT
): { readonly document: Document; readonly comparison: Comparison } {
  const comparison = comparePlans(older, newer)
  const hook = trackedChangesHook(comparison, settings, revisionIds(meta), printedLines(older))
  return { document: buildDocument(newer, settings, { hook }), comparison }
}

/** The revision author: the agency of the profile (its lines joined), else the app's name. */
export function revisionAuthor(profile: AgencyProfile | undefined): string {
  const name = (profile?.agency ?? [])
    .map(l => l.trim())
    .filter(l => l !== '')
    .join(' ')
  return name === '' ? 'Soạn Kế hoạch' : name
}
