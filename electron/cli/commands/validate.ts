import path from 'node:path'
import { check } from '../../../shared/model/check'
import { readPlanFile } from '../../main/files/plan-files'

/** `validate <plan.kehoach>`: prints the check findings (and restore repairs) as JSON; exit 1 on any error. */
export function validateCommand(args: readonly string[]): number {
  const [file] = args
  if (!file) {
    console.error('Cách dùng: validate <tệp.kehoach>')
    return 2
  }
  const opened = readPlanFile(path.resolve(file))
  if (!opened.ok) {
    console.log(JSON.stringify({ file, ok: false, error: opened.error }, null, 2))
    return 1
  }
  const findings = check(opened.value.plan)
  const errors = findings.filter(f => f.severity === 'error').length
  console.log(
    JSON.stringify(
      { file, ok: errors === 0, errors, findings, repairs: opened.value.repairs },
      null,
      2
    )
  )
  return errors === 0 ? 0 : 1
}
