import { z } from 'zod'
import { clauseDraftFields } from './clause-schemas'
import { err, ok, type Result } from '../result'
import type { ClauseDraft, ClauseKind } from './types'

/** The `format` marker of a clause library exchange file. */
export const LIBRARY_FILE_FORMAT = 'soan-ke-hoach/library'

/** Current version of the exchange file; files with a higher version are refused. */
export const LIBRARY_FILE_VERSION = 1

/** A clause as written to an exchange file: the draft plus its history. */
export type ExchangedClause = ClauseDraft & {
  readonly createdAt?: string
  readonly updatedAt?: string
  readonly useCount?: number
  readonly lastUsed?: string
}

/** The on-disk envelope of a clause library exchange file. */
export type LibraryFile = {
  readonly format: typeof LIBRARY_FILE_FORMAT
  readonly version: number
  readonly exportedAt: string
  readonly clauses: readonly ExchangedClause[]
}

/** An exchanged clause (a draft plus optional history), checked structurally. */
export const exchangedClauseSchema = clauseDraftFields.extend({
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  useCount: z.number().int().nonnegative().optional(),
  lastUsed: z.string().optional(),
})

/** Serialises clauses into the content of an exchange file. */
export function serialiseLibraryFile(clauses: readonly ExchangedClause[], now: Date): string {
  const file: LibraryFile = {
    format: LIBRARY_FILE_FORMAT,
    version: LIBRARY_FILE_VERSION,
    exportedAt: now.toISOString(),
    clauses,
  }
  return JSON.stringify(file, null, 1)
}

/**
 * Reads and checks exchange file content: refuses non-JSON, other kinds of file, newer versions
 * and any malformed clause (all or nothing, so a refused file changes nothing).
 */
export function parseLibraryFile(content: string): Result<readonly ExchangedClause[]> {
  let raw: unknown
  try {
    raw = JSON.parse(content)
  } catch {
    return err('library.import.not-json', 'Không thể nhập thư viện: tệp không đúng định dạng JSON.')
  }
  const envelope = raw as Partial<LibraryFile> | null
  if (
    typeof envelope !== 'object' ||
    envelope === null ||
    envelope.format !== LIBRARY_FILE_FORMAT
  ) {
    return err(
      'library.import.wrong-kind',
      'Không thể nhập thư viện: tệp này không phải tệp thư viện điều khoản của Soạn Kế hoạch.'
    )
  }
  if (typeof envelope.version !== 'number' || envelope.version > LIBRARY_FILE_VERSION) {
    return err(
      'library.import.newer-version',
      'Không thể nhập thư viện: tệp được tạo bởi phiên bản mới hơn của Soạn Kế hoạch. Hãy cập nhật ứng dụng.'
    )
  }
  const parsed = z.array(exchangedClauseSchema).safeParse(envelope.clauses)
  if (!parsed.success) {
    return err('library.import.invalid', 'Không thể nhập thư viện: tệp có điều khoản bị hỏng.')
  }
  const mismatched = parsed.data.some(clause => clause.fragment.kind !== clause.kind)
  if (mismatched) {
    return err('library.import.invalid', 'Không thể nhập thư viện: tệp có điều khoản bị hỏng.')
  }
  return ok(parsed.data as readonly ExchangedClause[])
}

/** Whether a string names a clause kind. */
export function isClauseKind(value: string): value is ClauseKind {
  return exchangedClauseSchema.shape.kind.options.includes(value as ClauseKind)
}
