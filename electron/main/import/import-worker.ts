/**
 * Worker-thread entry: reads one .docx, .doc or PDF, imports it, posts the Result back. Runs off the UI
 * thread; the parent terminates it when it takes too long.
 */
import { readFile } from 'node:fs/promises'
import { parentPort, workerData } from 'node:worker_threads'
import { err } from '../../../shared/result'
import { importPlanFile } from './import-file'

async function run(): Promise<void> {
  const { file } = workerData as { file: string }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(file))
  } catch (error) {
    parentPort?.postMessage(
      err('unreadable', `Không đọc được tệp ${file}: ${(error as Error).message}`)
    )
    return
  }
  try {
    parentPort?.postMessage(await importPlanFile(bytes))
  } catch (error) {
    // A bug met by an odd file: the clerk gets a sentence, the file stays untouched.
    parentPort?.postMessage(
      err(
        'import.failed',
        `Không nhập được tệp Word do lỗi khi đọc nội dung (${(error as Error).message}).`
      )
    )
  }
}

void run()
