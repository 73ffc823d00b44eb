import type Database from 'better-sqlite3'
import type { FilterSql } from './search-filters'

/** A ranked near-duplicate group with its best member (within the filters). */
export type Candidate = {
  readonly gid: number
  readonly rank: number
  readonly n: number
  readonly cid: number
  /** Comma-separated years of the whole group; null when filters narrow the group. */
  readonly years: string | null
  readonly text: string
  readonly use_count: number
  readonly status: string
}

/** Column weights: the representative's own words count, words only variants have barely do. */
const BM25 = 'bm25(group_fts, 1.0, 0.2)'
const CANDIDATE = 'c.text AS text, c.use_count AS use_count, c.status AS status'
const GROUP = `g.member_count AS n, g.rep_id AS cid, g.years AS years, ${CANDIDATE}`

// MATERIALIZED: bm25() only works in a query that SQLite does not flatten into a join.
const MATCHED = `WITH m AS MATERIALIZED (SELECT rowid AS gid, ${BM25} AS rank FROM group_fts
  WHERE group_fts MATCH ? ORDER BY rank LIMIT ?)
  SELECT m.gid AS gid, m.rank AS rank, ${GROUP}
  FROM m JOIN clause_group g ON g.id = m.gid JOIN clause c ON c.id = g.rep_id`
/** Browsing (no query words): most used representatives, then the largest groups. */
const BROWSE = `SELECT g.id AS gid, 0 AS rank, ${GROUP}
  FROM clause_group g JOIN clause c ON c.id = g.rep_id
  ORDER BY c.use_count DESC, g.member_count DESC, g.id LIMIT ?`
const ALL_MATCHED = `SELECT rowid AS gid, ${BM25} AS rank FROM group_fts
  WHERE group_fts MATCH ? ORDER BY rank`
const ALL_BROWSE = `SELECT g.id AS gid, 0 AS rank FROM clause_group g
  JOIN clause c ON c.id = g.rep_id ORDER BY c.use_count DESC, g.member_count DESC, g.id`
/** The best member of a group: approved first, then most used. */
const BEST = "MAX((c.status = 'approved') * 1000000000 + c.use_count) AS best, c.id AS cid"

/**
 * Candidate groups for a search, best first, at most `window`.
 *
 * Without filters the group rows answer directly. With filters, groups are taken in rank order
 * and each is probed for members that pass (over the covering `clause_by_group` index) until the
 * window is full — far cheaper than joining every member of every matching group.
 */
export function createCandidates(db: Database.Database) {
  const statements = new Map<string, Database.Statement>()
  const cached = (sql: string): Database.Statement => {
    let statement = statements.get(sql)
    if (!statement) {
      statement = db.prepare(sql)
      statements.set(sql, statement)
    }
    return statement
  }
  const text = db.prepare<[number], Pick<Candidate, 'text' | 'use_count' | 'status'>>(
    `SELECT ${CANDIDATE} FROM clause c WHERE c.id = ?`
  )

  const probed = (match: string | undefined, filters: FilterSql, window: number): Candidate[] => {
    const ranked = (
      match === undefined ? cached(ALL_BROWSE).all() : cached(ALL_MATCHED).all(match)
    ) as { gid: number; rank: number }[]
    const probe = cached(
      `SELECT COUNT(*) AS n, ${BEST} FROM clause c WHERE c.group_id = ? AND ${filters.where}`
    )
    const out: Candidate[] = []
    for (const { gid, rank } of ranked) {
      const found = probe.get(gid, ...filters.params) as { n: number; cid: number }
      const member = found.n > 0 ? text.get(found.cid) : undefined
      if (member) {
        out.push({ gid, rank, n: found.n, cid: found.cid, years: null, ...member })
        if (out.length === window) {
          break
        }
      }
    }
    return out
  }

  return (match: string | undefined, filters: FilterSql, window: number): Candidate[] => {
    if (filters.where !== '') {
      return probed(match, filters, window)
    }
    return (
      match === undefined ? cached(BROWSE).all(window) : cached(MATCHED).all(match, window)
    ) as Candidate[]
  }
}
