import { foldCached } from '../../../shared/library/fold-cached'
import type { AgencyLevel, SectionRole } from '../../../shared/model/types'
import type {
  Clause,
  ClauseFragment,
  ClauseKind,
  ClauseSource,
  ClauseStatus,
  ClauseTags,
  ClauseDraft,
} from '../../../shared/library/types'

/** The columns a clause has in the local library and on the shared server alike. */
export type ClauseColumns = {
  readonly kind: string
  readonly fragment: string
  readonly text: string
  readonly papi: string | null
  readonly cchc: string | null
  readonly section: string | null
  readonly src_title: string | null
  readonly src_issuer: string | null
  readonly src_level: string | null
  readonly src_year: number | null
  readonly src_file: string | null
}

/** A `clause` table row as better-sqlite3 returns it. */
export type ClauseRow = ClauseColumns & {
  readonly id: number
  readonly created_at: string
  readonly updated_at: string
  readonly use_count: number
  readonly last_used: string | null
  readonly status: string
  readonly dup_key: string
  readonly group_id: number
}

/** The columns of `ClauseRow` over `CLAUSE_FROM`, for SELECT lists. */
export const CLAUSE_COLUMNS =
  'c.id, c.kind, c.fragment, c.text, c.papi, c.cchc, c.section, c.src_title, c.src_issuer, ' +
  'c.src_level, c.src_year, c.src_file, c.created_at, c.updated_at, c.use_count, c.last_used, ' +
  'c.status, g.dup_key, c.group_id'

/** The FROM clause that `CLAUSE_COLUMNS` reads: a clause with its near-duplicate group. */
export const CLAUSE_FROM = 'clause c JOIN clause_group g ON g.id = c.group_id'

function defined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined)
  ) as T
}

/** Converts a database row into a Clause (no nulls, per the model conventions). */
export function rowToClause(row: ClauseRow): Clause {
  const tags: ClauseTags = defined({
    papi: row.papi ?? undefined,
    cchc: row.cchc ?? undefined,
    section: (row.section ?? undefined) as SectionRole | undefined,
  })
  const source: ClauseSource = defined({
    title: row.src_title ?? undefined,
    issuer: row.src_issuer ?? undefined,
    level: (row.src_level ?? undefined) as AgencyLevel | undefined,
    year: row.src_year ?? undefined,
    file: row.src_file ?? undefined,
  })
  return {
    id: String(row.id),
    kind: row.kind as ClauseKind,
    fragment: JSON.parse(row.fragment) as ClauseFragment,
    text: row.text,
    folded: foldCached(row.text),
    tags,
    source,
    status: row.status as ClauseStatus,
    dupKey: row.dup_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    useCount: row.use_count,
    ...(row.last_used ? { lastUsed: row.last_used } : {}),
  }
}

/** Parses a public clause id; undefined when it cannot name a row. */
export function rowId(id: string): number | undefined {
  return /^[1-9]\d{0,15}$/.test(id) ? Number(id) : undefined
}

/**
 * The leading columns of an inserted `clause` row, in table order: kind, fragment (JSON), text,
 * tags and source. Shared by a local insert and a clause pulled from the shared server.
 */
export function draftColumns(draft: ClauseDraft, text: string = draft.text) {
  return [
    draft.kind,
    JSON.stringify(draft.fragment),
    text,
    draft.tags.papi ?? null,
    draft.tags.cchc ?? null,
    draft.tags.section ?? null,
    draft.source.title ?? null,
    draft.source.issuer ?? null,
    draft.source.level ?? null,
    draft.source.year ?? null,
    draft.source.file ?? null,
  ] as const
}
