import type { Result } from '../../../shared/result'
import { checkRegularFile } from '../files/read-limited'
import type { ImportOutcome } from './import-docx'
import { importDocxInWorker, type WorkerImportOptions } from './import-in-worker'

/** Word imports that may run at once; the rest wait their turn. */
export const IMPORT_POOL_SIZE = 2

/** A function with importDocxInWorker's signature. */
export type ImportRunner = (
  file: string,
  options?: WorkerImportOptions
) => Promise<Result<ImportOutcome>>

/** A runner limited to `size` calls at once, and how busy it is. */
export type WorkerPool = ImportRunner & {
  /** Calls running now, waiting now, and the most ever running at once. */
  readonly stats: () => { readonly active: number; readonly queued: number; readonly peak: number }
}

/**
 * Wraps `run` so that at most `size` calls run at once, in call order; later calls wait in a
 * queue. A flood of imports then costs `size` worker threads, not one each.
 */
export function createWorkerPool(run: ImportRunner, size = IMPORT_POOL_SIZE): WorkerPool {
  const queue: (() => void)[] = []
  let active = 0
  let peak = 0
  const pooled = async (file: string, options?: WorkerImportOptions) => {
    if (active >= size) {
      // The finishing call hands its slot over directly, so a newcomer cannot take it meanwhile.
      await new Promise<void>(resolve => queue.push(resolve))
    } else {
      active += 1
    }
    peak = Math.max(peak, active)
    try {
      return await run(file, options)
    } finally {
      const next = queue.shift()
      if (next) {
        next()
      } else {
        active -= 1
      }
    }
  }
  return Object.assign(pooled, { stats: () => ({ active, queued: queue.length, peak }) })
}

/**
 * importDocxInWorker behind the shared pool, after checking in main that the file is a regular
 * file within the Word size limit (a FIFO or a device would otherwise hang the worker).
 */
export const importDocxPooled: WorkerPool = createWorkerPool((file, options) => {
  const checked = checkRegularFile(file, 'docx')
  return checked.ok ? importDocxInWorker(file, options) : Promise.resolve(checked)
})
