/**
 * Worker-thread entry: reads one .docx, imports it, posts the Result back. Runs off the UI
 * thread; the parent terminates it when it takes too long.
 */
import { readFile } from 'node:fs/promises'
import { parentPort, workerData } from 'node:worker_threads'
import { err } from '../../../shared/ipc/result'
import { importDocx } from './import-docx'

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
  parentPort?.postMessage(await importDocx(bytes))
}

void run()
