import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkContent } from '../../../../shared/model/check/index'
import { restorePlanFile } from '../../../../shared/model/restore'
import reviewed from './reviewed-findings.json'

/** A finding of a content rule on a sample, read against the plan text and judged by hand. */
type Reviewed = {
  readonly sample: string
  readonly code: string
  readonly at: string
  readonly message: string
  readonly falseAlarm: boolean
  readonly why: string
}

const SAMPLES = ['000', '001', '002', '003', '004'] as const
const samplesDir = resolve(import.meta.dirname, '../../../../resources/samples')
const MAX_FALSE_ALARMS = 0.05

function findings(): Reviewed[] {
  return SAMPLES.flatMap(sample => {
    const restored = restorePlanFile(
      JSON.parse(readFileSync(join(samplesDir, `${sample}.kehoach`), 'utf8'))
    )
    if (!restored.ok) {
      throw new Error(`Cannot restore sample ${sample}: ${restored.error.message}`)
    }
    return checkContent(restored.plan).map(f => ({
      sample,
      code: f.code,
      at: f.location?.id ?? f.location?.field ?? '',
      message: f.message,
      falseAlarm: false,
      why: '',
    }))
  })
}

const key = (f: Pick<Reviewed, 'sample' | 'code' | 'at' | 'message'>) =>
  `${f.sample} ${f.code} ${f.at} ${f.message}`

describe('content rules on the five samples', () => {
  const list = reviewed as readonly Reviewed[]

  it('raise exactly the findings reviewed by hand (a change in what fires must be reviewed)', () => {
    expect(findings().map(key)).toEqual(list.map(key))
  })

  it('every reviewed finding says why it is a true or a false alarm', () => {
    for (const f of list) {
      expect(f.why.length, key(f)).toBeGreaterThan(20)
    }
  })

  it('keep false alarms at or under 5 % per rule', () => {
    const codes = [...new Set(list.map(f => f.code))]
    for (const code of codes) {
      const ofRule = list.filter(f => f.code === code)
      const rate = ofRule.filter(f => f.falseAlarm).length / ofRule.length
      expect(rate, code).toBeLessThanOrEqual(MAX_FALSE_ALARMS)
    }
  })
})
