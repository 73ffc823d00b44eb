import type { RestoreContext } from './restore-context'
import type {
  CoverageCorrection,
  DimensionResult,
  PlanCoverage,
  Proofing,
  ResultBand,
} from './types'

const BANDS: readonly ResultBand[] = ['low', 'medium', 'high']
const CODE = /^[A-Za-z0-9.]{1,16}$/

/** Restores the optional proofreading choices; undefined when absent or empty. */
export function restoreProofing(
  raw: unknown,
  path: string,
  ctx: RestoreContext
): Proofing | undefined {
  const obj = ctx.object(raw, path, 'lựa chọn soát chính tả')
  if (!obj || obj.toneStyle === undefined) {
    return undefined
  }
  return {
    toneStyle: ctx.oneOf(obj.toneStyle, ['old', 'new'] as const, `${path}.toneStyle`, 'old'),
  }
}

/** Restores the optional coverage data; bad corrections and results are dropped with a repair. */
export function restoreCoverage(
  raw: unknown,
  path: string,
  ctx: RestoreContext
): PlanCoverage | undefined {
  const obj = ctx.object(raw, path, 'dữ liệu bao phủ')
  if (!obj) {
    return undefined
  }
  const taxonomy = ctx.optionalString(obj.taxonomy, `${path}.taxonomy`)
  const corrections = ctx.array(obj.corrections, `${path}.corrections`).flatMap((c, i) => {
    const at = `${path}.corrections[${i}]`
    const item = ctx.object(c, at, 'chỉnh sửa bao phủ')
    const id = item ? ctx.string(item.id, `${at}.id`) : ''
    const code = item ? ctx.string(item.code, `${at}.code`) : ''
    if (!item || id === '' || !CODE.test(code) || typeof item.covers !== 'boolean') {
      ctx.repair(at, 'Bỏ chỉnh sửa bao phủ không hợp lệ.')
      return []
    }
    return [{ id, code, covers: item.covers } satisfies CoverageCorrection]
  })
  const results = ctx.array(obj.results, `${path}.results`).flatMap((r, i) => {
    const at = `${path}.results[${i}]`
    const item = ctx.object(r, at, 'kết quả năm trước')
    const code = item ? ctx.string(item.code, `${at}.code`) : ''
    if (!item || !CODE.test(code)) {
      ctx.repair(at, 'Bỏ kết quả năm trước không hợp lệ.')
      return []
    }
    const score = finite(item.score, `${at}.score`, ctx)
    const rank = ctx.integer(item.rank, `${at}.rank`, 1, 100000)
    const band =
      item.band === undefined ? undefined : ctx.oneOf(item.band, BANDS, `${at}.band`, 'medium')
    const result: DimensionResult = {
      code,
      ...(score !== undefined ? { score } : {}),
      ...(rank !== undefined ? { rank } : {}),
      ...(band ? { band } : {}),
    }
    return [result]
  })
  return {
    ...(taxonomy ? { taxonomy } : {}),
    ...(corrections.length > 0 ? { corrections } : {}),
    ...(results.length > 0 ? { results } : {}),
  }
}

function finite(raw: unknown, path: string, ctx: RestoreContext): number | undefined {
  if (raw === undefined || raw === null) {
    return undefined
  }
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 && raw <= 1e6) {
    return raw
  }
  ctx.repair(path, 'Bỏ điểm số không hợp lệ.')
  return undefined
}
