import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { restorePlanFile } from '../../../shared/model/restore'
import { exportPlanDocx } from '../../main/export/write-docx'

const USAGE = 'Cách dùng: export <kế-hoạch.kehoach> <tệp-ra.docx>'

/**
 * `export <plan.kehoach> <out.docx>`: reads and restores a plan file, writes the Decree-30 .docx
 * and prints a one-line JSON summary. Exit codes: 0 written, 1 unreadable plan, 2 bad usage or
 * write failure.
 */
export async function exportCommand(args: string[]): Promise<number> {
  const [input, output] = args
  if (input === undefined || output === undefined || args.length !== 2) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(input, 'utf8'))
  } catch (error) {
    process.stderr.write(`Không đọc được tệp kế hoạch ${input}: ${(error as Error).message}\n`)
    return 1
  }
  const restored = restorePlanFile(raw)
  if (!restored.ok) {
    process.stderr.write(`${restored.error.message}\n`)
    return 1
  }
  try {
    const result = await exportPlanDocx(restored.plan, resolve(output))
    const summary = {
      ok: true,
      input,
      output: result.path,
      bytes: result.bytes,
      draft: result.draft,
      ...(result.draft
        ? { note: 'Kế hoạch còn lỗi nên tệp Word được ghi với dấu DỰ THẢO ở trang đầu.' }
        : {}),
      repairs: restored.repairs.length,
      findings: result.findings.map(f => ({
        severity: f.severity,
        code: f.code,
        message: f.message,
      })),
    }
    process.stdout.write(`${JSON.stringify(summary)}\n`)
    return 0
  } catch (error) {
    process.stderr.write(`Không ghi được tệp ${output}: ${(error as Error).message}\n`)
    return 2
  }
}
