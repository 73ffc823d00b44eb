import { err, ok, type Result } from '../ipc/result'
import { restorePlan } from '../model/restore'
import type { Block, Plan } from '../model/types'
import { readBody, readFootnotes, type ReadContext } from './docx-read'
import { mapPlan } from './map-plan'
import { readNumbering } from './numbering-read'
import type { ImportReport, Inference } from './report'
import { readStyles } from './styles-read'
import type { XmlElement } from './xml-node'

/** The parsed XML parts of a .docx that the import reads (only document is required). */
export type DocxParts = {
  readonly document: XmlElement
  readonly styles?: XmlElement
  readonly numbering?: XmlElement
  readonly footnotes?: XmlElement
}

const countItems = (blocks: readonly Block[]): number =>
  blocks.reduce((n, b) => n + (b.type === 'item' ? 1 + countItems(b.children) : 0), 0)

/** Maps parsed parts to a plan (restored, so it is always valid) and an import report. Pure. */
export function importParts(parts: DocxParts): Result<{ plan: Plan; report: ImportReport }> {
  const ctx: ReadContext = {
    styles: readStyles(parts.styles),
    numbering: readNumbering(parts.numbering),
    footnotes: new Map(),
    legacyRuns: 0,
  }
  const footnotes = readFootnotes(parts.footnotes, ctx)
  const full: ReadContext = { ...ctx, footnotes }
  const sections = readBody(parts.document, full)
  const notes: string[] = []
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
      legacyRuns: ctx.legacyRuns + full.legacyRuns,
      notes,
      inferred,
    },
  })
}
