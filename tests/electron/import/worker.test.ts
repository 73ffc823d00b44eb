import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importDocxInWorker } from '../../../electron/main/import/import-in-worker'
import { loadSamples } from '../../shared/docx/samples'
import { comparable } from '../../shared/import/compare'
import { planDocx } from '../../shared/import/docx-bytes'

const dir = mkdtempSync(join(tmpdir(), 'skh-import-worker-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('importDocxInWorker', () => {
  it('imports a file in a worker thread', async () => {
    const sample = loadSamples().find(s => s.name === '001.kehoach')
    if (!sample) {
      throw new Error('sample 001 missing')
    }
    const file = join(dir, 'a.docx')
    writeFileSync(file, await planDocx(sample.plan))
    const result = await importDocxInWorker(file, { timeoutMs: 30_000 })
    if (!result.ok) {
      throw new Error(result.error.message)
    }
    expect(comparable(result.value.plan)).toEqual(comparable(sample.plan))
  })
  it('stops the worker at the time limit with a Vietnamese error', async () => {
    const file = join(dir, 'b.docx')
    writeFileSync(file, new Uint8Array([0x50, 0x4b, 3, 4]))
    const result = await importDocxInWorker(file, { timeoutMs: 1 })
    expect(result.ok ? '' : result.error.code).toBe('timeout')
    expect(result.ok ? '' : result.error.message).toMatch(/quá .* giây nên đã dừng/)
  })
  it('reports an unreadable file as a value', async () => {
    const result = await importDocxInWorker(join(dir, 'missing.docx'), { timeoutMs: 30_000 })
    expect(result.ok ? '' : result.error.code).toBe('unreadable')
  })
  it('a runaway import ends only its worker, at the memory limit, with a Vietnamese message', async () => {
    const workerFile = join(import.meta.dirname, 'runaway-worker.ts')
    const result = await importDocxInWorker(join(dir, 'any.docx'), {
      timeoutMs: 50_000,
      workerFile,
    })
    expect(result.ok ? '' : result.error.code).toBe('import.out-of-memory')
    expect(result.ok ? '' : result.error.message).toMatch(/quá nhiều bộ nhớ/)
    // This process is still here and can import again.
    expect((await importDocxInWorker(join(dir, 'missing.docx'))).ok).toBe(false)
  })
})
