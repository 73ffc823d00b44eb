import { describe, expect, it } from 'vitest'
import { ok } from '../../../shared/result'
import { createWorkerPool, type ImportRunner } from '../../../electron/main/import/worker-pool'
import type { ImportOutcome } from '../../../electron/main/import/import-docx'

describe('createWorkerPool', () => {
  it('runs 50 concurrent imports, never more than the pool size at once, all in order', async () => {
    let running = 0
    let most = 0
    const started: string[] = []
    const run: ImportRunner = async file => {
      running += 1
      most = Math.max(most, running)
      started.push(file)
      await new Promise(resolve => setTimeout(resolve, Math.random() * 5))
      running -= 1
      return ok({ file } as unknown as ImportOutcome)
    }
    const pool = createWorkerPool(run, 2)
    const files = Array.from({ length: 50 }, (_, i) => `f${i}.docx`)
    const results = await Promise.all(files.map(file => pool(file)))
    expect(results).toHaveLength(50)
    expect(most).toBe(2)
    expect(pool.stats()).toEqual({ active: 0, queued: 0, peak: 2 })
    expect(started).toEqual(files)
  })

  it('frees the slot when an import throws', async () => {
    const pool = createWorkerPool(() => Promise.reject(new Error('boom')), 1)
    await expect(pool('a')).rejects.toThrow('boom')
    await expect(pool('b')).rejects.toThrow('boom')
    expect(pool.stats()).toMatchObject({ active: 0, queued: 0 })
  })
})
