import type pg from 'pg'
import { exactMatchCount } from '../../../../shared/library/highlight'
import { parseQuery, type ParsedQuery } from '../../../../shared/library/query'
import type { SearchOptions } from '../../../../shared/library/types'
import { serverFilterSql } from './server-filters'
import { groupHits } from './server-groups'

/** One hit of a server search: the best clause of a near-duplicate group. */
export type ServerHit = {
  readonly uid: string
  readonly kind: string
  readonly text: string
  readonly status: string
  readonly author: string
  /** Clauses in the group (same near-duplicate key or trigram-similar text). */
  readonly count: number
  readonly years: readonly number[]
  readonly rank: number
}

/** Tuning of a server search (tests make the candidate pool small). */
export type ServerSearchTuning = {
  /** Most matches taken from the index, per approval status, before ranking. */
  readonly pool?: number
}

type Row = Omit<ServerHit, 'count' | 'years'> & {
  dup_key: string
  trigrams: string
  src_year: number | null
}

const MAX_LIMIT = 200
const DEFAULT_POOL = 150
/** Characters of each text whose trigrams are compared for near-duplicates. */
const COMPARED = 2000
const COLUMNS = `c.uid::text AS uid, c.kind, c.text, c.status, c.author, c.dup_key, c.src_year,
  array_to_string(skh.show_trgm(left(c.folded, ${COMPARED})), '|') AS trigrams`

/** The tsquery of a parsed query: the folded words ANDed, the last as a prefix when typed so. */
function tsquery(parsed: ParsedQuery): string {
  const last = parsed.terms.length - 1
  return parsed.terms
    .map((term, i) => (i === last && parsed.lastIsPrefix ? `${term}:*` : term))
    .join(' & ')
}

/**
 * The ranked window, in two stages so that no query sorts every match: up to `pool` approved
 * matches and up to `pool` others are taken as the GIN indexes (or, for words in most clauses, a
 * scan that stops early) find them; only those are ranked (approved first, then ts_rank) and the
 * best `window` read in full. A query with fewer matches than the pool ranks every match.
 */
function matchSql(where: string): string {
  const pick = (status: string) =>
    `(SELECT uid, status, tsv FROM skh.clause
      WHERE NOT deleted AND ${status} AND tsv @@ to_tsquery('simple', $1)${where} LIMIT $3)`
  return `WITH pool AS MATERIALIZED (
      ${pick(`status = 'approved'`)} UNION ALL ${pick(`status <> 'approved'`)}
    ), best AS (
      SELECT uid, (status = 'approved') AS approved, ts_rank(tsv, to_tsquery('simple', $1)) AS rank
      FROM pool ORDER BY approved DESC, rank DESC LIMIT $2
    )
    SELECT ${COLUMNS}, best.rank FROM best JOIN skh.clause c ON c.uid = best.uid
    ORDER BY best.approved DESC, best.rank DESC`
}

/** Browsing (no query words): approved first, then the most recently changed. */
function browseSql(where: string): string {
  return `SELECT ${COLUMNS}, 0::real AS rank FROM skh.clause c WHERE NOT deleted AND $1 = ''
    AND $3::int > 0${where} ORDER BY (status = 'approved') DESC, updated_at DESC LIMIT $2`
}

/** Collapses grouped rows into hits: the best member of each, approved and exact words first. */
function toHits(rows: readonly Row[], roots: readonly number[], parsed: ParsedQuery) {
  const groups = new Map<number, Row[]>()
  rows.forEach((row, i) => {
    const root = roots[i] as number
    groups.set(root, [...(groups.get(root) ?? []), row])
  })
  const score = (row: Row) => ({
    approved: row.status === 'approved' ? 1 : 0,
    exact: exactMatchCount(row.text, parsed),
  })
  return [...groups.values()]
    .map(members => {
      const best = [...members].sort((a, b) => {
        const x = score(a)
        const y = score(b)
        return y.approved - x.approved || y.exact - x.exact || b.rank - a.rank
      })[0] as Row
      const years = [...new Set(members.flatMap(m => (m.src_year === null ? [] : [m.src_year])))]
      const hit: ServerHit = {
        uid: best.uid,
        kind: best.kind,
        text: best.text,
        status: best.status,
        author: best.author,
        count: members.length,
        years: years.sort((a, b) => a - b),
        rank: best.rank,
      }
      return { hit, ...score(best) }
    })
    .sort((a, b) => b.approved - a.approved || b.exact - a.exact || b.hit.rank - a.hit.rank)
    .map(entry => entry.hit)
}

/**
 * Searches the shared library on the server: full-text over the app-folded text (no diacritics
 * needed), the local filters, approved wording first, then words typed with their exact
 * diacritics, then ts_rank; near-duplicates among the best hits collapse into one hit with a
 * count. Every value is a query parameter; the tsquery is built from letters and digits only
 * (see `parseQuery`).
 */
export async function searchServer(
  client: pg.ClientBase,
  query: string,
  options: SearchOptions = {},
  tuning: ServerSearchTuning = {}
): Promise<ServerHit[]> {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit ?? 20) || 1))
  const window = Math.min(MAX_LIMIT, limit * 3)
  const pool = Math.max(1, Math.floor(tuning.pool ?? DEFAULT_POOL))
  const parsed = parseQuery(query)
  const text = tsquery(parsed)
  const filters = serverFilterSql(options.filters ?? {}, 4)
  const sql = text === '' ? browseSql(filters.where) : matchSql(filters.where)
  const result = await client.query<Row>(sql, [text, window, pool, ...filters.params])
  const roots = groupHits(result.rows)
  return toHits(result.rows, roots, parsed).slice(0, limit)
}
