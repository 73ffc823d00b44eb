import { describe, expect, it } from 'vitest'
import { importDocx } from '../../../electron/main/import/import-docx'
import { corpus } from './corpus/cases'
import { comparePlan } from './corpus/expect'

describe('import corpus: Word-written constructs', () => {
  for (const c of corpus()) {
    it(c.name, async () => {
      const result = await importDocx(c.bytes)
      if (!result.ok) {
        throw new Error(result.error.message)
      }
      const { fields, rows } = comparePlan(result.value.plan, c.expected)
      const wrong = [...fields, ...rows].filter(f => f.want !== f.got)
      expect(wrong).toEqual([])
    })
  }
})

describe('import report: what was inferred, and from what', () => {
  const report = async (name: string) => {
    const c = corpus().find(x => x.name === name)
    const result = c ? await importDocx(c.bytes) : undefined
    if (!result?.ok) {
      throw new Error(`no import of ${name}`)
    }
    return result.value.report.inferred
  }

  it('names text boxes as an uncertain header source', async () => {
    expect(await report('header-drawingml-text-boxes')).toContainEqual(
      expect.objectContaining({ part: 'header', source: 'text-box', uncertain: true })
    )
  })

  it('says the Nơi nhận, signature and trích yếu were split at line breaks', async () => {
    const inferred = await report('soft-line-breaks')
    expect(inferred.map(i => [i.part, i.source])).toEqual(
      expect.arrayContaining([
        ['subject', 'line-breaks'],
        ['recipients', 'line-breaks'],
        ['signature', 'line-breaks'],
      ])
    )
    expect(inferred.find(i => i.part === 'recipients')?.message).toBe(
      'Nơi nhận tách từ một đoạn có ngắt dòng.'
    )
  })
})
