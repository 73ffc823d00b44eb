import type pg from 'pg'
import { matchRanges } from '../../../../shared/library/highlight'
import { parseQuery } from '../../../../shared/library/query'
import { snippet } from '../../../../shared/library/snippet'
import type { SharedHit } from '../../../../shared/library/sync-types'
import type { SearchOptions } from '../../../../shared/library/types'
import { searchServer } from '../server/server-search'
import { remoteClause } from './remote-clause'
import { SERVER_COLUMNS, type ServerRow } from './server-rows'

/**
 * Searches the shared library on the server (`searchServer`: its ranking and grouping) and
 * returns hits shaped like local ones, each with its whole clause (so it can be inserted into a
 * plan), match ranges and snippet, marked as coming from the server.
 */
export async function searchShared(
  client: pg.ClientBase,
  query: string,
  options: SearchOptions
): Promise<SharedHit[]> {
  const hits = await searchServer(client, query, options)
  if (hits.length === 0) {
    return []
  }
  const result = await client.query<ServerRow>(
    `SELECT ${SERVER_COLUMNS} FROM skh.clause WHERE uid = ANY($1::uuid[])`,
    [hits.map(hit => hit.uid)]
  )
  const rows = new Map(result.rows.map(row => [row.uid, row]))
  const parsed = parseQuery(query)
  return hits.flatMap((hit, i) => {
    const row = rows.get(hit.uid)
    const clause = row && remoteClause(row)
    if (!clause) {
      return []
    }
    const ranges = matchRanges(clause.text, parsed)
    return [
      {
        clause,
        count: hit.count,
        years: hit.years,
        ranges,
        snippet: snippet(clause.text, ranges),
        score: i,
        origin: 'server' as const,
        author: hit.author,
      },
    ]
  })
}
