import type { Result } from '../../../shared/result'
import type { Dialogs } from '../../services/dialogs'
import type { CompareTarget } from '../../workspace/commands'
import type { CompareService } from '../../workspace/workspace'

/** The file name of a path, for the compare bar. */
export function fileLabel(file: string): string {
  return file.split(/[\\/]/u).pop() ?? file
}

/**
 * Asks for the plan to compare with: a .kehoach file (`plan`) or a Word/PDF plan (`docx`, read
 * through the import). Undefined when the clerk cancels the dialog.
 */
export async function readOtherPlan(
  kind: 'plan' | 'docx',
  dialogs: Dialogs,
  compare: CompareService
): Promise<Result<CompareTarget> | undefined> {
  const file = await dialogs.pickOpen(kind)
  if (file === undefined) {
    return undefined
  }
  const read =
    kind === 'plan' ? await compare['plan:open'](file) : await compare['import:docx'](file)
  return read.ok ? { ok: true, value: { plan: read.value.plan, label: fileLabel(file) } } : read
}
