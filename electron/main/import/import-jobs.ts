import fs from 'node:fs'
import type { FolderJobStatus } from '../../../shared/ipc/contract'
import { err, ok, type Result } from '../../../shared/result'
import { harvestFolder } from './harvest-folder'
import { importDocxPooled } from './worker-pool'

/** One file of a folder harvest that takes longer than this is skipped (listed as failed). */
const FILE_TIMEOUT_MS = 60_000
import type { LibraryService } from '../library/library-service'

type Job = { status: FolderJobStatus; readonly controller: AbortController }

/**
 * Folder harvests running in the background: started by one call, followed by polling (works the
 * same over Electron IPC and the harness's HTTP), cancellable at any time.
 */
export function createImportJobs(library: LibraryService) {
  const jobs = new Map<string, Job>()
  let next = 0
  return {
    /** Starts harvesting every .docx under `folder` into the library. */
    start(folder: string): Result<{ readonly jobId: string }> {
      if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
        return err('import.folder-missing', `Không tìm thấy thư mục “${folder}”.`)
      }
      const opened = library.use(l => ok(l))
      if (!opened.ok) {
        return opened
      }
      next += 1
      const jobId = `job${next}`
      const job: Job = {
        status: { done: 0, total: 0, file: '', finished: false },
        controller: new AbortController(),
      }
      jobs.set(jobId, job)
      harvestFolder(folder, opened.value, {
        signal: job.controller.signal,
        importFile: file => importDocxPooled(file, { timeoutMs: FILE_TIMEOUT_MS }),
        onProgress: (done, total, file) => {
          job.status = { ...job.status, done, total, file }
        },
      }).then(
        summary => {
          job.status = { ...job.status, finished: true, summary }
        },
        (error: unknown) => {
          job.status = {
            ...job.status,
            finished: true,
            error: `Không nhập được thư mục: ${String(error)}`,
          }
        }
      )
      return ok({ jobId })
    },
    /** Where a harvest is. */
    status(jobId: string): Result<FolderJobStatus> {
      const job = jobs.get(jobId)
      return job ? ok(job.status) : err('import.job-missing', 'Không có lượt nhập này.')
    },
    /** Asks a harvest to stop after the current file. */
    cancel(jobId: string): void {
      jobs.get(jobId)?.controller.abort()
    },
  }
}
