import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { err, type Result } from '../../../shared/result'
import type { ImportOutcome } from './import-docx'

/** Options of a worker import. */
export type WorkerImportOptions = {
  /** Time limit; the worker is terminated when it is reached. Default 60 s. */
  readonly timeoutMs?: number
  /**
   * The worker script. Default: `import-worker.ts` beside this file when running from source
   * (through tsx), `import-worker.cjs` beside the bundle otherwise — the Electron build must
   * emit `electron/main/import/import-worker.ts` as that separate esbuild entry, next to main.cjs.
   */
  readonly workerFile?: string
}

/** Where the worker script is and whether it is TypeScript (run from source). */
function defaultWorker(): string {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url)
  const ext = here.endsWith('.ts') ? 'ts' : 'cjs'
  // Packaged: the worker is unpacked from the asar archive (electron-builder.yml asarUnpack).
  const dir = path.dirname(here).replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked')
  return path.join(dir, `import-worker.${ext}`)
}

/**
 * A worker for `script`. A `.ts` script is started through a tiny bootstrap that registers tsx's
 * ESM loader inside the worker thread (`tsx/esm/api` `register()`), then imports the script: the
 * `--import tsx` flag is not honoured in worker `execArgv` everywhere (not under vitest).
 */
/**
 * Memory and stack limits of one import: a plan's parts take a few MB; a runaway file ends its
 * own worker (ERR_WORKER_OUT_OF_MEMORY), never the process that started it.
 */
export const WORKER_LIMITS = {
  maxOldGenerationSizeMb: 512,
  maxYoungGenerationSizeMb: 64,
  stackSizeMb: 8,
} as const

function startWorker(script: string, workerData: unknown): Worker {
  const resourceLimits = WORKER_LIMITS
  if (!script.endsWith('.ts')) {
    return new Worker(script, { workerData, resourceLimits })
  }
  const api = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs')
  ).href
  const target = pathToFileURL(script).href
  const code = `import(${JSON.stringify(api)}).then(m => { m.register(); return import(${JSON.stringify(target)}) })`
  return new Worker(code, { eval: true, workerData, resourceLimits })
}

/**
 * Imports a .docx file in a worker thread with a time limit. On timeout the worker is
 * terminated and a Vietnamese error returned; nothing of the caller's state is touched.
 */
export function importDocxInWorker(
  file: string,
  options: WorkerImportOptions = {}
): Promise<Result<ImportOutcome>> {
  const timeoutMs = options.timeoutMs ?? 60_000
  const script = options.workerFile ?? defaultWorker()
  return new Promise(resolve => {
    const worker = startWorker(script, { file })
    let settled = false
    const finish = (result: Result<ImportOutcome>): void => {
      if (settled) {
        return
      }
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      resolve(result)
    }
    const timer = setTimeout(() => {
      finish(
        err(
          'timeout',
          `Nhập tệp Word quá ${Math.round(timeoutMs / 1000)} giây nên đã dừng. Tệp có thể quá lớn hoặc bị hỏng.`
        )
      )
    }, timeoutMs)
    worker.once('message', (result: Result<ImportOutcome>) => finish(result))
    worker.once('error', error =>
      finish(
        (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? err(
              'import.out-of-memory',
              'Tệp Word này cần quá nhiều bộ nhớ để đọc nên đã dừng nhập. Tệp có thể bị hỏng hoặc được tạo để gây lỗi.'
            )
          : err('worker-failed', `Không nhập được tệp Word: ${error.message}`)
      )
    )
    worker.once('exit', code => {
      if (!settled) {
        finish(err('worker-failed', `Tiến trình nhập tệp Word dừng bất thường (mã ${code}).`))
      }
    })
  })
}
