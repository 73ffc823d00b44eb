import type { ExportResult } from '../../../shared/ipc/contract'
import { err, ok, type Result } from '../../../shared/result'
import { DEFAULT_LAYOUT } from '../../../shared/docx/layout-settings'
import { preflight } from '../../../shared/docx/preflight'
import type { Finding } from '../../../shared/model/finding'
import type { Taxonomy } from '../../../shared/model/taxonomy'
import type { Plan } from '../../../shared/model/types'
import { exportPlanDocx } from './write-docx'
import { describeFsError } from '../files/fs-errors'

/** The pre-export check: the plan rules, the index coverage and the layout rules. */
export function preflightPlan(plan: Plan, taxonomies: readonly Taxonomy[] = []): Finding[] {
  return preflight(plan, DEFAULT_LAYOUT, taxonomies)
}

/** Builds the .docx for a plan and writes it atomically; errors block unless `allowErrors`. */
export async function exportDocx(
  file: string,
  plan: Plan,
  allowErrors: boolean
): Promise<Result<ExportResult>> {
  const findings = preflightPlan(plan)
  if (!allowErrors && findings.some(f => f.severity === 'error')) {
    return err(
      'export.blocked',
      'Kế hoạch còn lỗi cần sửa trước khi xuất Word (hoặc xác nhận xuất bản nháp).'
    )
  }
  try {
    return ok(await exportPlanDocx(plan, file, DEFAULT_LAYOUT, findings))
  } catch (error) {
    const e = describeFsError(error, 'ghi', file)
    return err(e.code, e.message)
  }
}
