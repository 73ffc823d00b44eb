import path from 'node:path'
import { writePlanFile } from '../../main/files/plan-files'
import { harvestFolder } from '../../main/import/harvest-folder'
import { importDocxInWorker } from '../../main/import/import-in-worker'
import { openLibrary } from '../../main/library/open-library'

const USAGE = 'Cách dùng: import <tệp.docx|.doc|.pdf> <tệp-ra.kehoach>'
const FOLDER_USAGE = 'Cách dùng: library import-docx <thư-mục>'

/**
 * `import <in.docx|.doc|.pdf> <out.kehoach>`: imports a Word or PDF plan, writes it as a plan file and prints the
 * import report as JSON. Exit codes: 0 written, 1 the file could not be imported, 2 bad usage or
 * write failure.
 */
export async function importCommand(args: string[]): Promise<number> {
  const [input, output] = args
  if (input === undefined || output === undefined || args.length !== 2) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  // In a worker with memory and time limits: a hostile file ends the worker, not the command.
  const result = await importDocxInWorker(path.resolve(input))
  if (!result.ok) {
    process.stdout.write(`${JSON.stringify({ ok: false, input, error: result.error })}\n`)
    return 1
  }
  const { plan, report } = result.value
  try {
    const written = writePlanFile(path.resolve(output), plan)
    if (!written.ok) {
      process.stderr.write(`${written.error.message}\n`)
      return 2
    }
    process.stdout.write(
      `${JSON.stringify({ ok: true, input, output: written.value.path, report })}\n`
    )
    return 0
  } catch (error) {
    process.stderr.write(`Không ghi được tệp ${output}: ${(error as Error).message}\n`)
    return 2
  }
}

/**
 * `library import-docx <folder>`: imports every .docx, .doc and .pdf under the folder into the clause library
 * in `dataDir` and prints the summary as JSON (progress on stderr). Exit codes: 0 done (even with
 * some failed files, listed in the summary), 1 library unavailable, 2 bad usage.
 */
export async function importDocxFolderCommand(args: string[], dataDir: string): Promise<number> {
  const [folder] = args
  if (folder === undefined || args.length !== 1) {
    process.stderr.write(`${FOLDER_USAGE}\n`)
    return 2
  }
  const opened = openLibrary(dataDir)
  if (!opened.ok) {
    process.stdout.write(`${JSON.stringify({ ok: false, error: opened.error })}\n`)
    return 1
  }
  const library = opened.library
  try {
    const summary = await harvestFolder(path.resolve(folder), library, {
      onProgress: (done, total, file) => process.stderr.write(`[${done}/${total}] ${file}\n`),
      importFile: file => importDocxInWorker(file),
    })
    process.stdout.write(`${JSON.stringify({ ok: true, ...summary }, null, 2)}\n`)
    if (library.count() > 0) {
      await library.backupIfDue()
    }
    return 0
  } finally {
    await library.closeWithBackup()
  }
}
