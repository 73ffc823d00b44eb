import path from 'node:path'
import { createPlan } from '../../../shared/model/create-plan'
import { readPlanFile, writePlanFile } from '../../main/files/plan-files'

const SAMPLES = ['000', '001', '002', '003', '004']

/** `new --out <file> [--sample 000|001|002|003|004]`: writes a new plan (empty skeleton or a sample). */
export function newCommand(args: readonly string[], resourcesDir: string): number {
  const out = valueOf(args, '--out')
  const sample = valueOf(args, '--sample')
  if (!out) {
    console.error('Cách dùng: new --out <tệp.kehoach> [--sample 000|001|002|003|004]')
    return 2
  }
  if (sample !== undefined && !SAMPLES.includes(sample)) {
    console.error(`Không có kế hoạch mẫu “${sample}”. Chọn một trong: ${SAMPLES.join(', ')}.`)
    return 2
  }
  let plan = createPlan({ year: new Date().getFullYear() })
  if (sample) {
    const opened = readPlanFile(path.join(resourcesDir, 'samples', `${sample}.kehoach`))
    if (!opened.ok) {
      console.error(opened.error.message)
      return 1
    }
    plan = opened.value.plan
  }
  const written = writePlanFile(path.resolve(out), plan)
  if (!written.ok) {
    console.error(written.error.message)
    return 1
  }
  console.log(JSON.stringify({ ok: true, path: written.value.path, sample: sample ?? null }))
  return 0
}

/** The value after a `--flag`, if any. */
export function valueOf(args: readonly string[], flag: string): string | undefined {
  const i = args.indexOf(flag)
  return i >= 0 ? args[i + 1] : undefined
}
