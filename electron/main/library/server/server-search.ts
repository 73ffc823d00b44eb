import type pg from 'pg'
import { exactMatchCount } from '../../../../shared/library/highlight'
import { parseQuery } from '../../../../shared/library/query'
import type { SearchFilters, SearchOptions } from '../../../../shared/library/types'

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

type Row = Omit<ServerHit, 'count' | 'years'> & {
  folded: string
  dup_key: string
  src_year: number | null
}

/** Texts at least this trigram-similar collapse into one hit. */
const SIMILAR = 0.6
const MAX_LIMIT = 200

/** SQL conditions for the search filters, numbered from `$first`; same meaning as local ones. */
function filterSql(filters: SearchFilters, first: number) {
  const where: string[] = []
  const params: unknown[] = []
  const param = (value: unknown) => {
    params.push(value)
    return `$${first + params.length - 1}`
  }
  const equal = (column: string, value: string | number | undefined) => {
    if (value !== undefined) {
      where.push(`${column} = ${param(value)}`)
    }
  }
  equal('kind', filters.kind)
  equal('section', filters.section)
  equal('src_level', filters.level)
  equal('src_year', filters.year)
  equal('status', filters.status)
  for (const column of ['papi', 'cchc'] as const) {
    const code = filters[column]
    if (code) {
      where.push(`(${column} = ${param(code)} OR starts_with(${column}, ${param(`${code}.`)}))`)
    }
  }
  if (filters.source) {
    const needle = param(filters.source.normalize('NFC'))
    where.push(
      `(strpos(src_title, ${needle}) > 0 OR strpos(src_issuer, ${needle}) > 0 OR strpos(src_file, ${needle}) > 0)`
    )
  }
  return { where: where.map(w => ` AND ${w}`).join(''), params }
}

/** Groups rows by near-duplicate key, then merges groups whose texts are trigram-similar. */
async function group(client: pg.ClientBase, rows: readonly Row[]): Promise<number[]> {
  const parent = rows.map((_, i) => i)
  const find = (i: number): number =>
    parent[i] === i ? i : (parent[i] = find(parent[i] as number))
  const byKey = new Map<string, number>()
  rows.forEach((row, i) => {
    const key = `${row.kind}\u0000${row.dup_key}`
    const seen = byKey.get(key)
    if (seen === undefined) {
      byKey.set(key, i)
    } else {
      parent[i] = find(seen)
    }
  })
  if (rows.length > 1) {
    const pairs = await client.query<{ a: number; b: number }>(
      `SELECT a.i::int - 1 AS a, b.i::int - 1 AS b
       FROM unnest($1::text[]) WITH ORDINALITY a (f, i)
       JOIN unnest($1::text[]) WITH ORDINALITY b (f, i)
         ON a.i < b.i AND skh.similarity(a.f, b.f) >= $2`,
      [rows.map(row => row.folded.slice(0, 2000)), SIMILAR]
    )
    for (const { a, b } of pairs.rows) {
      if (rows[a]?.kind === rows[b]?.kind) {
        parent[find(b)] = find(a)
      }
    }
  }
  return rows.map((_, i) => find(i))
}

/**
 * Searches the shared library on the server: full-text over the app-folded text (no diacritics
 * needed), the local filters, approved wording first, then words typed with their exact
 * diacritics, then ts_rank; near-duplicates collapse into one hit with a count. Every value is
 * a query parameter; the tsquery is built from letters and digits only (see `parseQuery`).
 */
export async function searchServer(
  client: pg.ClientBase,
  query: string,
  options: SearchOptions = {}
): Promise<ServerHit[]> {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit ?? 20) || 1))
  const window = Math.min(MAX_LIMIT, limit * 3)
  const parsed = parseQuery(query)
  const last = parsed.terms.length - 1
  const tsquery = parsed.terms
    .map((term, i) => (i === last && parsed.lastIsPrefix ? `${term}:*` : term))
    .join(' & ')
  const filters = filterSql(options.filters ?? {}, 3)
  const columns = `uid::text AS uid, kind, text, status, author, folded, dup_key, src_year`
  const sql =
    tsquery === ''
      ? `SELECT ${columns}, 0::real AS rank FROM skh.clause WHERE NOT deleted AND $1 = ''
         ${filters.where} ORDER BY (status = 'approved') DESC, updated_at DESC LIMIT $2`
      : `SELECT ${columns}, ts_rank(tsv, q) AS rank
         FROM skh.clause, to_tsquery('simple', $1) q
         WHERE NOT deleted AND tsv @@ q ${filters.where}
         ORDER BY (status = 'approved') DESC, ts_rank(tsv, q) DESC LIMIT $2`
  const result = await client.query<Row>(sql, [tsquery, window, ...filters.params])
  const roots = await group(client, result.rows)
  const groups = new Map<number, Row[]>()
  result.rows.forEach((row, i) => {
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
    .slice(0, limit)
    .map(entry => entry.hit)
}
