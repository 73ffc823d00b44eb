import { describe, expect, it } from 'vitest'
import { importDocx } from '../../../electron/main/import/import-docx'
import { restorePlan } from '../../../shared/model/restore'
import { loadSamples } from '../docx/samples'
import { comparable } from './compare'
import { planDocx } from './docx-bytes'

describe('round trip: plan → .docx → import', () => {
  for (const { name, plan } of loadSamples()) {
    it(`${name} comes back equal up to ids and tags`, async () => {
      const result = await importDocx(await planDocx(plan))
      if (!result.ok) {
        throw new Error(result.error.message)
      }
      const imported = result.value.plan
      const restored = restorePlan(JSON.parse(JSON.stringify(imported)))
      expect(restored.ok && restored.repairs).toEqual([])
      expect(result.value.report.notes).toEqual([])
      expect(comparable(imported)).toEqual(comparable(plan))
    })
  }
})
