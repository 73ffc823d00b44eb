import { Packer } from 'docx'
import type { ExportResult } from '../../shared/ipc/contract'
import { err, ok, type Result } from '../../shared/ipc/result'
import { buildDocument } from '../../shared/docx/build-document'
import { check } from '../../shared/model/check'
import type { Finding } from '../../shared/model/finding'
import type { Plan } from '../../shared/model/types'
import { writeFileAtomic } from './files/atomic-write'
import { describeFsError } from './files/fs-errors'

/** The pre-export check: the plan rules plus the layout rules. */
export function preflightPlan(plan: Plan): Finding[] {
  return check(plan)
}

/** Builds the .docx for a plan and writes it atomically; errors block unless `allowErrors`. */
export async function exportDocx(file: string, plan: Plan, allowErrors: boolean): Promise<Result<ExportResult>> {
  const findings = preflightPlan(plan)
  if (!allowErrors && findings.some(f => f.severity === 'error')) {
    return err('export.blocked', 'Kế hoạch còn lỗi cần sửa trước khi xuất Word (hoặc xác nhận xuất bản nháp).')
  }
  const bytes = await Packer.toBuffer(buildDocument(plan))
  try {
    writeFileAtomic(file, bytes)
  } catch (error) {
    const e = describeFsError(error, 'ghi', file)
    return err(e.code, e.message)
  }
  return ok({ path: file, bytes: bytes.length, findings })
}
