import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { issuerName } from '../../../shared/model/format-header'
import type { Library } from '../library/library'
import type { Result } from '../../../shared/result'
import type { ImportOutcome } from './import-docx'
import { importPlanFile } from './import-file'

/** Summary of a folder harvest. */
export type HarvestSummary = {
  /** Plans imported. */
  readonly plans: number
  /** Clauses added to the library / skipped as already known. */
  readonly added: number
  readonly skipped: number
  readonly failed: readonly { readonly file: string; readonly message: string }[]
  /** Whether the harvest was cancelled before the end. */
  readonly cancelled: boolean
}

/** Options: progress callback (after each file) and cancellation. */
export type HarvestOptions = {
  readonly onProgress?: (done: number, total: number, file: string) => void
  readonly signal?: AbortSignal
  /**
   * How one file is imported. Default: in this thread. The app passes a worker import with a
   * time limit, so one pathological file can neither hang nor crash the main process.
   */
  readonly importFile?: (file: string) => Promise<Result<ImportOutcome>>
}

const importInThread = async (file: string): Promise<Result<ImportOutcome>> =>
  importPlanFile(new Uint8Array(await readFile(file)))

/** Extensions of the files a folder harvest reads (.docx, .doc, .pdf). */
export const PLAN_FILE = /\.(docx|doc|pdf)$/i

/**
 * Every .docx, .doc and .pdf under `folder`, recursively, Word lock files (`~$…`) skipped,
 * sorted. The import itself goes by the bytes, not by this extension.
 */
export async function findDocx(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  return entries
    .filter(e => e.isFile() && PLAN_FILE.test(e.name) && !e.name.startsWith('~$'))
    .map(e => path.join(e.parentPath, e.name))
    .sort()
}

/**
 * Imports every .docx, .doc and .pdf under `folder` and harvests each plan into the library, with the source
 * (file, issuer, level, year) taken from its header. A file that fails is listed, never fatal.
 */
export async function harvestFolder(
  folder: string,
  library: Library,
  options: HarvestOptions = {}
): Promise<HarvestSummary> {
  const files = await findDocx(folder)
  let plans = 0
  let added = 0
  let skipped = 0
  const failed: { file: string; message: string }[] = []
  for (const [i, file] of files.entries()) {
    if (options.signal?.aborted) {
      return { plans, added, skipped, failed, cancelled: true }
    }
    const relative = path.relative(folder, file)
    try {
      const result = await (options.importFile ?? importInThread)(file)
      if (result.ok) {
        const { header } = result.value.plan
        const issuer = issuerName(header)
        const counts = library.addPlan(result.value.plan, {
          file: relative,
          ...(issuer !== '' ? { issuer } : {}),
          ...(header.level ? { level: header.level } : {}),
          ...(header.date.year ? { year: header.date.year } : {}),
        })
        plans++
        added += counts.added
        skipped += counts.skipped
      } else {
        failed.push({ file: relative, message: result.error.message })
      }
    } catch (error) {
      failed.push({ file: relative, message: `Lỗi không mong đợi: ${(error as Error).message}` })
    }
    options.onProgress?.(i + 1, files.length, relative)
  }
  return { plans, added, skipped, failed, cancelled: false }
}
