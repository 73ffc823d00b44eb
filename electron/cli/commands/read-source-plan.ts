import path from 'node:path'
import type { Plan } from '../../../shared/model'
import { readPlanFile } from '../../main/files/plan-files'
import { importDocxInWorker } from '../../main/import/import-in-worker'

/** A source plan read for a lineage command, or why it could not be read. */
export type SourceRead =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string } }

/**
 * Reads a `.kehoach` file (restored) or a Word file (through the import worker, with its limits)
 * as the source of a lineage command.
 */
export async function readSourcePlan(file: string): Promise<SourceRead> {
  const resolved = path.resolve(file)
  if (resolved.toLowerCase().endsWith('.docx')) {
    const imported = await importDocxInWorker(resolved)
    return imported.ok ? { ok: true, plan: imported.value.plan } : imported
  }
  const opened = readPlanFile(resolved)
  return opened.ok ? { ok: true, plan: opened.value.plan } : opened
}
