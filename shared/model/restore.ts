import { restoreAppendix } from './restore-appendix'
import { exceedsDepth } from './restore-depth'
import { restoreBlocks, restoreParagraph, restoreRuns } from './restore-blocks'
import { RestoreContext, type Repair } from './restore-context'
import { restoreProvenance } from './restore-provenance'
import { restoreCoverage, restoreProofing } from './restore-review'
import { restoreSections } from './restore-sections'
import {
  PLAN_FILE_FORMAT,
  SCHEMA_VERSION,
  type AgencyLevel,
  type AuthorityPrefix,
  type Header,
  type Plan,
  type Signature,
} from './types'

export type { Repair } from './restore-context'

/** Why a file could not be read as a plan at all. */
export type RestoreErrorCode = 'not-a-plan' | 'newer-version' | 'corrupt'

/** Result of restoring untrusted input: a plan plus the repairs made, or an expected failure. */
export type RestoreResult =
  | { readonly ok: true; readonly plan: Plan; readonly repairs: readonly Repair[] }
  | {
      readonly ok: false
      readonly error: { readonly code: RestoreErrorCode; readonly message: string }
    }

/**
 * Restores a parsed `.kehoach` file (or any untrusted value): checks the envelope and schema
 * version, migrates, repairs or drops bad nodes, and reports every change. Text is never dropped.
 */
export function restorePlanFile(raw: unknown): RestoreResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('not-a-plan', 'Tệp này không phải là kế hoạch của Soạn Kế hoạch.')
  }
  const envelope = raw as Record<string, unknown>
  if (envelope.format !== PLAN_FILE_FORMAT) {
    return fail('not-a-plan', 'Tệp này không phải là kế hoạch của Soạn Kế hoạch.')
  }
  const version = envelope.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('corrupt', 'Tệp kế hoạch bị hỏng: thiếu số phiên bản định dạng.')
  }
  if (version > SCHEMA_VERSION) {
    return fail(
      'newer-version',
      'Tệp này được tạo bằng phiên bản Soạn Kế hoạch mới hơn. Hãy cập nhật chương trình để mở tệp.'
    )
  }
  if (typeof envelope.plan !== 'object' || envelope.plan === null || Array.isArray(envelope.plan)) {
    return fail('corrupt', 'Tệp kế hoạch bị hỏng: không có nội dung kế hoạch.')
  }
  return restorePlan(envelope.plan)
}

/** Restores a bare plan object (e.g. from the renderer over IPC). */
export function restorePlan(raw: unknown): RestoreResult {
  if (exceedsDepth(raw)) {
    return fail('corrupt', 'Dữ liệu kế hoạch bị hỏng: lồng nhau quá sâu.')
  }
  const ctx = new RestoreContext()
  const obj = ctx.object(raw, 'plan', 'kế hoạch')
  if (!obj) {
    return fail('not-a-plan', 'Dữ liệu không phải là một kế hoạch.')
  }
  const proofing = restoreProofing(obj.proofing, 'plan.proofing', ctx)
  const coverage = restoreCoverage(obj.coverage, 'plan.coverage', ctx)
  const provenance = restoreProvenance(obj.provenance, 'plan.provenance', ctx)
  const plan: Plan = {
    header: restoreHeader(obj.header, 'plan.header', ctx),
    subject: ctx.string(obj.subject, 'plan.subject'),
    bases: ctx.array(obj.bases, 'plan.bases').flatMap((b, i) => {
      const line = ctx.object(b, `plan.bases[${i}]`, 'dòng căn cứ')
      return line
        ? [
            {
              id: ctx.id(line.id, `plan.bases[${i}].id`),
              content: restoreRuns(line.content, `plan.bases[${i}].content`, ctx),
            },
          ]
        : []
    }),
    preamble: restoreBlocks(obj.preamble, 'preamble', 'plan.preamble', ctx),
    sections: restoreSections(obj.sections, 'plan.sections', ctx),
    closing: ctx.array(obj.closing, 'plan.closing').flatMap((p, i) => {
      const paragraph = restoreParagraph(p, `plan.closing[${i}]`, ctx)
      return paragraph ? [paragraph] : []
    }),
    recipients: ctx.array(obj.recipients, 'plan.recipients').flatMap((r, i) => {
      const rec =
        typeof r === 'string' ? { text: r } : ctx.object(r, `plan.recipients[${i}]`, 'nơi nhận')
      return rec
        ? [
            {
              id: ctx.id(rec.id, `plan.recipients[${i}].id`),
              text: ctx.string(rec.text, `plan.recipients[${i}].text`),
            },
          ]
        : []
    }),
    archive: ctx.string(obj.archive, 'plan.archive', 'VT'),
    signature: restoreSignature(obj.signature, 'plan.signature', ctx),
    appendices: ctx.array(obj.appendices, 'plan.appendices').flatMap((a, i) => {
      const appendix = restoreAppendix(a, `plan.appendices[${i}]`, ctx)
      return appendix ? [appendix] : []
    }),
    ...(proofing ? { proofing } : {}),
    ...(coverage ? { coverage } : {}),
    ...(provenance ? { provenance } : {}),
  }
  return { ok: true, plan, repairs: ctx.finish() }
}

const LEVELS: readonly AgencyLevel[] = ['tinh', 'huyen', 'xa']
const PREFIXES: readonly AuthorityPrefix[] = ['TM', 'KT', 'Q', 'TL', 'TUQ']

function restoreHeader(raw: unknown, path: string, ctx: RestoreContext): Header {
  const obj = ctx.object(raw, path, 'phần đầu văn bản') ?? {}
  if (raw === undefined) {
    ctx.repair(path, 'Thêm phần đầu văn bản bị thiếu.')
  }
  const date = ctx.object(obj.date, `${path}.date`, 'ngày tháng') ?? {}
  const parentAgency =
    obj.parentAgency === undefined
      ? undefined
      : ctx.strings(obj.parentAgency, `${path}.parentAgency`)
  const number = ctx.optionalString(obj.number, `${path}.number`)
  const day = ctx.integer(date.day, `${path}.date.day`, 1, 31)
  const month = ctx.integer(date.month, `${path}.date.month`, 1, 12)
  const year = ctx.integer(date.year, `${path}.date.year`, 1900, 2200)
  const level =
    obj.level === undefined ? undefined : ctx.oneOf(obj.level, LEVELS, `${path}.level`, 'huyen')
  const issuerName = ctx.optionalString(obj.issuerName, `${path}.issuerName`)
  return {
    ...(parentAgency && parentAgency.length > 0 ? { parentAgency } : {}),
    agency: ctx.strings(obj.agency, `${path}.agency`),
    agencyAbbr: ctx.string(obj.agencyAbbr, `${path}.agencyAbbr`, 'UBND'),
    ...(number !== undefined ? { number } : {}),
    place: ctx.string(obj.place, `${path}.place`),
    date: {
      ...(day !== undefined ? { day } : {}),
      ...(month !== undefined ? { month } : {}),
      ...(year !== undefined ? { year } : {}),
    },
    ...(level ? { level } : {}),
    ...(issuerName !== undefined ? { issuerName } : {}),
  }
}

function restoreSignature(raw: unknown, path: string, ctx: RestoreContext): Signature {
  const obj = ctx.object(raw, path, 'khối chữ ký') ?? {}
  const lines = ctx.array(obj.lines, `${path}.lines`).flatMap((l, i) => {
    const line =
      typeof l === 'string' ? { text: l } : ctx.object(l, `${path}.lines[${i}]`, 'dòng chữ ký')
    if (!line) {
      return []
    }
    const prefix =
      line.prefix === undefined
        ? undefined
        : ctx.oneOf(line.prefix, [...PREFIXES, ''], `${path}.lines[${i}].prefix`, '')
    return [
      { ...(prefix ? { prefix } : {}), text: ctx.string(line.text, `${path}.lines[${i}].text`) },
    ]
  })
  return { lines, signer: ctx.string(obj.signer, `${path}.signer`) }
}

function fail(code: RestoreErrorCode, message: string): RestoreResult {
  return { ok: false, error: { code, message } }
}
