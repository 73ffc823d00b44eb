import { describe, expect, it } from 'vitest'
import { importDocx } from '../../../electron/main/import/import-docx'
import { loadSamples } from '../../shared/docx/samples'
import { planDocx } from '../../shared/import/docx-bytes'
import { handMadeDocx } from './fixtures'
import { docxLines, missingLines } from './text-coverage'

describe('no text is dropped on import', () => {
  const cases = [
    ...loadSamples().map(s => ({ name: s.name, bytes: () => planDocx(s.plan) })),
    { name: 'hand-made', bytes: handMadeDocx },
  ]
  for (const c of cases) {
    it(`every w:t line of ${c.name} is in the plan or a known computed text`, async () => {
      const bytes = await c.bytes()
      const result = await importDocx(bytes)
      if (!result.ok) {
        throw new Error(result.error.message)
      }
      expect(docxLines(bytes).length).toBeGreaterThan(10)
      expect(missingLines(bytes, result.value.plan)).toEqual([])
    })
  }
})
