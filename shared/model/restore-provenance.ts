import type { RestoreContext } from './restore-context'
import type { Provenance, ProvenanceKind } from './types'

const KINDS: readonly ProvenanceKind[] = ['carry-forward', 'derive']
const LEVELS = ['huyen', 'xa'] as const
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/

/**
 * Restores the optional provenance (the plan a plan was made from); undefined when absent. An
 * unknown kind or a bad time drops the whole record with a repair: a wrong "Lập từ" line is worse
 * than none.
 */
export function restoreProvenance(
  raw: unknown,
  path: string,
  ctx: RestoreContext
): Provenance | undefined {
  const obj = ctx.object(raw, path, 'nguồn gốc kế hoạch')
  if (!obj) {
    return undefined
  }
  const createdAt = typeof obj.createdAt === 'string' ? obj.createdAt : ''
  if (!(KINDS as readonly unknown[]).includes(obj.kind) || !ISO_TIME.test(createdAt)) {
    ctx.repair(path, 'Bỏ thông tin nguồn gốc kế hoạch không hợp lệ.')
    return undefined
  }
  const date = ctx.object(obj.date, `${path}.date`, 'ngày của kế hoạch nguồn') ?? {}
  const day = ctx.integer(date.day, `${path}.date.day`, 1, 31)
  const month = ctx.integer(date.month, `${path}.date.month`, 1, 12)
  const year = ctx.integer(date.year, `${path}.date.year`, 1900, 2200)
  const text = (field: 'file' | 'number' | 'issuer' | 'subject') => {
    const value = ctx.optionalString(obj[field], `${path}.${field}`)
    return value === undefined ? {} : { [field]: value }
  }
  const level =
    obj.level === undefined ? undefined : ctx.oneOf(obj.level, LEVELS, `${path}.level`, 'huyen')
  return {
    kind: obj.kind as ProvenanceKind,
    ...text('file'),
    ...text('number'),
    date: {
      ...(day !== undefined ? { day } : {}),
      ...(month !== undefined ? { month } : {}),
      ...(year !== undefined ? { year } : {}),
    },
    ...text('issuer'),
    ...text('subject'),
    ...(level ? { level } : {}),
    createdAt,
  }
}
