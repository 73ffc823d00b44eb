import path from 'node:path'
import type { PathRule } from '../../../shared/ipc/policy'
import { err } from '../../../shared/result'
import type { PathAccess } from './handler-types'

/** The answer to a call naming a file the clerk did not choose. */
export const NOT_CHOSEN = err(
  'file.not-chosen',
  'Chương trình chỉ mở và ghi những tệp bạn đã chọn. Hãy chọn lại tệp bằng lệnh Mở… hoặc Lưu thành….'
)

/** The checked arguments, or `refused` when the path is not granted and the rule refuses. */
export type PathOutcome = { readonly args: unknown[] } | { readonly refused: true }

/**
 * Applies a channel's path rule to its validated arguments: resolves the path, adds the extension
 * main writes with, and checks the grant. The arguments come back with the checked path in place
 * (or, for a `forget` rule, without it).
 */
export function applyPathRule(
  args: readonly unknown[],
  rule: PathRule,
  access: PathAccess | undefined
): PathOutcome {
  const holder = args[rule.arg]
  const raw = rule.field ? (holder as Record<string, unknown> | undefined)?.[rule.field] : holder
  if (raw === undefined && rule.field) {
    return { args: [...args] }
  }
  if (typeof raw !== 'string') {
    throw new Error(`Cannot apply the path rule: argument ${rule.arg} holds no path`)
  }
  const file = withExtension(path.resolve(raw), rule.extension)
  const allowed = !access || access.allows(file, rule)
  if (!allowed && rule.refused !== 'forget') {
    return { refused: true }
  }
  const next = [...args]
  if (rule.field) {
    const { [rule.field]: _dropped, ...rest } = holder as Record<string, unknown>
    next[rule.arg] = allowed ? { ...rest, [rule.field]: file } : rest
  } else {
    next[rule.arg] = allowed ? file : undefined
  }
  return { args: next }
}

/** Main adds the kind's extension unless the name already ends with it (any case). */
export function withExtension(file: string, extension: string | undefined): string {
  return !extension || file.toLowerCase().endsWith(extension) ? file : `${file}${extension}`
}
