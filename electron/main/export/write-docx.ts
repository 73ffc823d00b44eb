import { Packer } from 'docx'
import { buildDocument } from '../../../shared/docx/build-document'
import { DEFAULT_LAYOUT, type LayoutSettings } from '../../../shared/docx/layout-settings'
import { preflight } from '../../../shared/docx/preflight'
import type { Finding } from '../../../shared/model/finding'
import type { Plan } from '../../../shared/model/types'
import { writeFileAtomic } from '../files/atomic-write'

/** What an export wrote, for the UI and the CLI summary. */
export type DocxExportResult = {
  readonly path: string
  readonly bytes: number
  readonly findings: readonly Finding[]
  /** Whether the plan had errors and was written marked `DỰ THẢO`. */
  readonly draft: boolean
}

/** Packs a plan's Word document into bytes. */
export async function packPlan(
  plan: Plan,
  settings: LayoutSettings = DEFAULT_LAYOUT,
  options: { readonly draft?: boolean } = {}
): Promise<Buffer> {
  return Packer.toBuffer(buildDocument(plan, settings, options))
}

/**
 * Checks, builds, packs and writes a plan as .docx; findings are returned, never blocking here.
 * A plan with errors is marked `DỰ THẢO` on page 1. A caller that has just checked the plan
 * passes its `findings`, so the plan is checked once per export.
 */
export async function exportPlanDocx(
  plan: Plan,
  path: string,
  settings: LayoutSettings = DEFAULT_LAYOUT,
  checked: readonly Finding[] = preflight(plan, settings)
): Promise<DocxExportResult> {
  const findings = checked
  const draft = findings.some(f => f.severity === 'error')
  const buffer = await packPlan(plan, settings, { draft })
  writeFileAtomic(path, buffer)
  return { path, bytes: buffer.length, findings, draft }
}
