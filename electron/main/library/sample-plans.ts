import fs from 'node:fs'
import path from 'node:path'
import { readPlanFile } from '../files/plan-files'
import type { SamplePlan } from './library'

/**
 * The sample plans (`resources/samples/*.kehoach`) that seed an empty library on first run.
 * A sample that cannot be read is skipped: a missing seed must not stop the app from starting.
 */
export function loadSamplePlans(samplesDir: string): SamplePlan[] {
  let names: string[]
  try {
    names = fs
      .readdirSync(samplesDir)
      .filter(name => name.endsWith('.kehoach'))
      .sort()
  } catch {
    return []
  }
  return names.flatMap(name => {
    const opened = readPlanFile(path.join(samplesDir, name))
    return opened.ok ? [{ plan: opened.value.plan, source: { file: name } }] : []
  })
}
