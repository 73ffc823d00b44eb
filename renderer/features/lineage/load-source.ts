import type { Dialogs } from '../../services/dialogs'
import type { LineageService } from '../../workspace/workspace'
import type { SourcePlan } from './make-lineage-plan'

/** Where the source plan comes from: the open plan, a .kehoach file, or a Word/PDF file. */
export type SourceChoice = 'open' | 'plan' | 'word'

/** The source plan, a Vietnamese error, or undefined when the clerk cancelled the file dialog. */
export type LoadedSource =
  { readonly ok: true; readonly value: SourcePlan } | { readonly ok: false; readonly error: string }

/**
 * Loads the source plan: the open one as it is now, a plan file through `plan:open`, or a Word
 * or PDF file through the import (`import:docx`), exactly as opening them would.
 */
export async function loadSource(
  choice: SourceChoice,
  open: SourcePlan | undefined,
  services: LineageService,
  dialogs: Dialogs
): Promise<LoadedSource | undefined> {
  if (choice === 'open') {
    return open ? { ok: true, value: open } : { ok: false, error: 'Không có kế hoạch nào đang mở.' }
  }
  const path = await dialogs.pickOpen(choice === 'plan' ? 'plan' : 'docx')
  if (!path) {
    return undefined
  }
  const result =
    choice === 'plan' ? await services['plan:open'](path) : await services['import:docx'](path)
  return result.ok
    ? { ok: true, value: { plan: result.value.plan, file: path } }
    : { ok: false, error: result.error.message }
}
