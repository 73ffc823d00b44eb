import type Database from 'better-sqlite3'
import { exactMatchCount, matchRanges } from '../../../shared/library/highlight'
import {
  ftsMatchExpression,
  ftsPhraseExpression,
  parseQuery,
  type ParsedQuery,
} from '../../../shared/library/query'
import { snippet } from '../../../shared/library/snippet'
import type { SearchHit, SearchOptions } from '../../../shared/library/types'
import { CLAUSE_COLUMNS, CLAUSE_FROM, rowToClause, type ClauseRow } from './clause-row'
import { createCandidates, type Candidate } from './search-candidates'
import { filterSql, type FilterSql } from './search-filters'

const DEFAULT_LIMIT = 20
const MAX_LIMIT = 200

/**
 * Diacritic-insensitive clause search over the group FTS index (see schema.ts): the FTS ranks
 * groups by bm25, a window of the best is re-ranked in JS (exact-diacritic words first, then
 * bm25 nudged by use count and approval), and the top `limit` get match ranges and years.
 * An empty query lists the most used clauses (within the filters).
 */
export function createSearch(db: Database.Database) {
  const clause = db.prepare<[number], ClauseRow>(
    `SELECT ${CLAUSE_COLUMNS} FROM ${CLAUSE_FROM} WHERE c.id = ?`
  )
  const candidates = createCandidates(db)
  const filteredYears = new Map<string, Database.Statement>()

  const years = (candidate: Candidate, filters: FilterSql): number[] => {
    if (candidate.years !== null) {
      return candidate.years === '' ? [] : candidate.years.split(',').map(Number)
    }
    let statement = filteredYears.get(filters.where)
    if (!statement) {
      statement = db.prepare(`SELECT DISTINCT c.src_year AS year FROM clause c
        WHERE c.group_id = ? AND c.src_year IS NOT NULL AND ${filters.where} ORDER BY 1`)
      filteredYears.set(filters.where, statement)
    }
    const rows = statement.all(candidate.gid, ...filters.params) as { year: number }[]
    return rows.map(row => row.year)
  }

  /** Phrase matches first, then the all-words matches not already there. */
  const gather = (query: ParsedQuery, filters: FilterSql, window: number) => {
    const phrase = ftsPhraseExpression(query)
    const inOrder = phrase === undefined ? [] : candidates(phrase, filters, window)
    const phraseIds = new Set(inOrder.map(candidate => candidate.gid))
    const rest = candidates(ftsMatchExpression(query), filters, window).filter(
      candidate => !phraseIds.has(candidate.gid)
    )
    return { list: [...inOrder, ...rest], phraseIds }
  }

  /** Exact-diacritic words first, then the words in order, then bm25 nudged by use. */
  const rerank = (list: readonly Candidate[], phraseIds: ReadonlySet<number>, query: ParsedQuery) =>
    list
      .map(candidate => {
        const approved = candidate.status === 'approved' ? 0.2 : 0
        const nudge = 1 + 0.1 * Math.log1p(candidate.use_count) + approved
        const exact = exactMatchCount(candidate.text, query)
        const phrase = phraseIds.has(candidate.gid) ? 1 : 0
        return { candidate, exact, phrase, score: candidate.rank * nudge }
      })
      .sort(
        (a, b) =>
          b.exact - a.exact ||
          b.phrase - a.phrase ||
          a.score - b.score ||
          a.candidate.cid - b.candidate.cid
      )

  return (query: string, options: SearchOptions = {}): SearchHit[] => {
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT) || 1))
    const window = Math.min(MAX_LIMIT, Math.max(30, limit * 3))
    const parsed = parseQuery(query)
    const filters = filterSql(options.filters)
    const { list, phraseIds } = gather(parsed, filters, window)
    return rerank(list, phraseIds, parsed)
      .slice(0, limit)
      .flatMap(({ candidate, score }) => {
        const row = clause.get(candidate.cid)
        if (!row) {
          return []
        }
        const ranges = matchRanges(row.text, parsed)
        const hit: SearchHit = {
          clause: rowToClause(row),
          count: candidate.n,
          years: years(candidate, filters),
          ranges,
          snippet: snippet(row.text, ranges),
          score,
        }
        return [hit]
      })
  }
}
