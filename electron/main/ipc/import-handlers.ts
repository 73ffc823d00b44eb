import { err, ok } from '../../../shared/result'
import { restorePlan } from '../../../shared/model/restore'
import { createImportJobs } from '../import/import-jobs'
import { importDocxPooled } from '../import/worker-pool'
import type { LibraryService } from '../library/library-service'
import type { Handlers } from './handler-types'

type ImportChannel =
  'import:docx' | 'import:folderStart' | 'import:folderStatus' | 'import:folderCancel'

/** A single Word import that takes longer than this is stopped (the worker is terminated). */
const IMPORT_TIMEOUT_MS = 60_000

/** Word import: one file into a plan, or a whole folder into the clause library. */
export function importHandlers(library: LibraryService): Pick<Handlers, ImportChannel> {
  const jobs = createImportJobs(library)
  return {
    'import:docx': async file => {
      const imported = await importDocxPooled(file, { timeoutMs: IMPORT_TIMEOUT_MS })
      if (!imported.ok) {
        return imported
      }
      // The worker's plan is untrusted output like any plan from outside main.
      const restored = restorePlan(imported.value.plan)
      return restored.ok
        ? ok({ plan: restored.plan, report: imported.value.report })
        : err(
            'import.invalid',
            'Không nhập được tệp Word: kết quả không phải là một kế hoạch hợp lệ.'
          )
    },
    'import:folderStart': async folder => jobs.start(folder),
    'import:folderStatus': async id => jobs.status(id),
    'import:folderCancel': async id => jobs.cancel(id),
  }
}
