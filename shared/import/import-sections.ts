import { err, ok, type Result } from '../result'
import { restorePlan } from '../model/restore'
import type { Block, Plan } from '../model/types'
import type { DocSection } from './doc-types'
import { mapPlan } from './map-plan'
import type { ImportReport, Inference } from './report'

const countItems = (blocks: readonly Block[]): number =>
  blocks.reduce((n, b) => n + (b.type === 'item' ? 1 + countItems(b.children) : 0), 0)

/** What a reader adds to the report: legacy-font runs decoded and its own notes. */
export type ReadFacts = { readonly legacyRuns: number; readonly notes?: readonly string[] }

/**
 * Maps sections read from any Word-like source (.docx, .doc, a PDF's text layer) onto a plan,
 * restores it (so it is always valid) and writes the import report. Pure.
 */
export function importSections(
  sections: readonly DocSection[],
  facts: ReadFacts
): Result<{ plan: Plan; report: ImportReport }> {
  const notes: string[] = [...(facts.notes ?? [])]
  const inferred: Inference[] = []
  const mapped = mapPlan(sections, notes, inferred)
  const restored = restorePlan(mapped)
  if (!restored.ok) {
    return err('not-a-plan', restored.error.message)
  }
  for (const r of restored.repairs) {
    notes.push(`${r.path}: ${r.message}`)
  }
  const plan = restored.plan
  return ok({
    plan,
    report: {
      sections: plan.sections.length,
      items:
        countItems(plan.preamble) + plan.sections.reduce((n, s) => n + countItems(s.children), 0),
      appendices: plan.appendices.length,
      footnotes: JSON.stringify(plan).split('"type":"footnote"').length - 1,
      legacyRuns: facts.legacyRuns,
      notes,
      inferred,
    },
  })
}
