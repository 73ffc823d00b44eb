import type { OpenedPlan } from '../../../shared/ipc/contract'
import { err, ok, type Result } from '../../../shared/result'
import { restorePlanFile } from '../../../shared/model/restore'
import { serialisePlan } from '../../../shared/model/serialise'
import type { Plan } from '../../../shared/model/types'
import { writeFileAtomic, type WriteOps } from './atomic-write'
import { describeFsError } from './fs-errors'
import { readLimited } from './read-limited'

/** Parses the bytes of a `.kehoach` file: UTF-8 JSON, restored and repaired. Never throws. */
export function parsePlanBytes(bytes: Uint8Array, file: string): Result<OpenedPlan> {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return err(
      'plan.encoding',
      'Tệp không phải là kế hoạch của Soạn Kế hoạch (không đúng mã UTF-8).'
    )
  }
  if (text.trim() === '') {
    return err('plan.empty', 'Tệp kế hoạch trống rỗng (có thể do lưu dở khi mất điện).')
  }
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    const looksLikePlan = text.trimStart().startsWith('{') && text.includes('soan-ke-hoach/plan')
    return looksLikePlan
      ? err(
          'plan.truncated',
          'Tệp kế hoạch bị hỏng hoặc không đầy đủ (có thể do lưu dở). Tệp gốc được giữ nguyên; hãy thử bản sao lưu .bak bên cạnh.'
        )
      : err('plan.foreign', 'Tệp này không phải là kế hoạch của Soạn Kế hoạch.')
  }
  const restored = restorePlanFile(raw)
  if (!restored.ok) {
    return err(`plan.${restored.error.code}`, restored.error.message)
  }
  return ok({ path: file, plan: restored.plan, repairs: restored.repairs })
}

/**
 * Reads and restores a plan file. The file itself is never modified. Only a regular file within
 * the plan size limit is read (see readLimited).
 */
export function readPlanFile(file: string): Result<OpenedPlan> {
  const bytes = readLimited(file, 'plan')
  return bytes.ok ? parsePlanBytes(bytes.value, file) : bytes
}

/** Saves a plan atomically, keeping the previous version as `<file>.bak`. */
export function writePlanFile(file: string, plan: Plan, ops?: WriteOps): Result<{ path: string }> {
  try {
    writeFileAtomic(file, serialisePlan(plan), { backup: true, ...(ops ? { ops } : {}) })
    return ok({ path: file })
  } catch (error) {
    const e = describeFsError(error, 'lưu', file)
    return err(e.code, e.message)
  }
}
