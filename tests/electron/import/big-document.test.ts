import { describe, expect, it } from 'vitest'
import { importDocx } from '../../../electron/main/import/import-docx'
import { loadSamples } from '../../shared/docx/samples'
import { replicate } from '../../shared/import/big-plan'
import { comparable } from '../../shared/import/compare'
import { planDocx } from '../../shared/import/docx-bytes'

describe('a 300-page document (381 pages)', () => {
  it('imports completely and quickly', async () => {
    const sample = loadSamples().find(s => s.name === '004.kehoach')
    if (!sample) {
      throw new Error('sample 004 missing')
    }
    // Sample 004 prints 20 pages (LibreOffice); 20 copies of its body and table print 381 pages.
    const plan = replicate(sample.plan, 20)
    const bytes = await planDocx(plan)
    const start = performance.now()
    const result = await importDocx(bytes)
    const ms = performance.now() - start
    if (!result.ok) {
      throw new Error(result.error.message)
    }
    expect(comparable(result.value.plan)).toEqual(comparable(plan))
    expect(ms).toBeLessThan(20_000)
  })
})
