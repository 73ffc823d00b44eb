import type { Result } from '../result'
import type { Plan } from '../model/types'
import { readBody, readFootnotes, type ReadContext } from './docx-read'
import { importSections } from './import-sections'
import { readNumbering } from './numbering-read'
import type { ImportReport } from './report'
import { readStyles } from './styles-read'
import type { XmlElement } from './xml-node'

/** The parsed XML parts of a .docx that the import reads (only document is required). */
export type DocxParts = {
  readonly document: XmlElement
  readonly styles?: XmlElement
  readonly numbering?: XmlElement
  readonly footnotes?: XmlElement
}

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
  return importSections(sections, { legacyRuns: ctx.legacyRuns + full.legacyRuns })
}
