import type pg from 'pg'
import type { ClauseColumns } from '../clause-row'

/** A `skh.clause` row as the sync engine reads it (timestamps as ISO strings, seq as text). */
export type ServerRow = ClauseColumns & {
  readonly uid: string
  readonly revision: number
  readonly change_id: string
  readonly seq: string
  readonly author: string
  /** The login that made this revision. */
  readonly updated_by: string
  readonly status: string
  readonly deleted: boolean
  readonly created_at: string
  readonly updated_at: string
}

/** The shared fields a push writes (the server stamps revision, author, seq and times). */
export type ClausePayload = {
  readonly uid: string
  readonly changeId: string
  readonly kind: string
  readonly fragment: string
  readonly text: string
  readonly folded: string
  readonly dupKey: string
  readonly papi: string | null
  readonly cchc: string | null
  readonly section: string | null
  readonly srcTitle: string | null
  readonly srcIssuer: string | null
  readonly srcLevel: string | null
  readonly srcYear: number | null
  readonly srcFile: string | null
  readonly status: string
  readonly createdAt: string
}

/** Selected columns of `ServerRow`. */
export const SERVER_COLUMNS = `uid::text AS uid, revision, change_id::text AS change_id,
  seq::text AS seq, author, updated_by, kind, fragment, text, papi, cchc, section, src_title, src_issuer,
  src_level, src_year, src_file, status, deleted,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at`

const FIELDS = `kind, fragment, text, folded, dup_key, papi, cchc, section, src_title,
  src_issuer, src_level, src_year, src_file, status`

function values(p: ClausePayload): unknown[] {
  return [
    p.uid,
    p.changeId,
    p.kind,
    p.fragment,
    p.text,
    p.folded,
    p.dupKey,
    p.papi,
    p.cchc,
    p.section,
    p.srcTitle,
    p.srcIssuer,
    p.srcLevel,
    p.srcYear,
    p.srcFile,
    p.status,
  ]
}

/** Inserts a new clause; undefined when the uid is already on the server. */
export async function insertClause(
  client: pg.ClientBase,
  p: ClausePayload
): Promise<ServerRow | undefined> {
  const result = await client.query<ServerRow>(
    `INSERT INTO skh.clause (uid, change_id, seq, created_at, ${FIELDS})
     VALUES ($1, $2, 0, $17, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
     ON CONFLICT (uid) DO NOTHING RETURNING ${SERVER_COLUMNS}`,
    [...values(p), p.createdAt]
  )
  return result.rows[0]
}

/** Overwrites a clause (and revives it if deleted) if it is still at revision `base`. */
export async function updateClause(
  client: pg.ClientBase,
  p: ClausePayload,
  base: number
): Promise<ServerRow | undefined> {
  const result = await client.query<ServerRow>(
    `UPDATE skh.clause SET change_id = $2, kind = $3, fragment = $4, text = $5, folded = $6,
       dup_key = $7, papi = $8, cchc = $9, section = $10, src_title = $11, src_issuer = $12,
       src_level = $13, src_year = $14, src_file = $15, status = $16, deleted = false
     WHERE uid = $1 AND revision = $17 RETURNING ${SERVER_COLUMNS}`,
    [...values(p), base]
  )
  return result.rows[0]
}

/** Marks a clause deleted (a tombstone) if it is still at revision `base`. */
export async function deleteClause(
  client: pg.ClientBase,
  uid: string,
  changeId: string,
  base: number
): Promise<ServerRow | undefined> {
  const result = await client.query<ServerRow>(
    `UPDATE skh.clause SET deleted = true, change_id = $2
     WHERE uid = $1 AND revision = $3 AND NOT deleted RETURNING ${SERVER_COLUMNS}`,
    [uid, changeId, base]
  )
  return result.rows[0]
}

/** One clause by uid, tombstones included. */
export async function selectClause(
  client: pg.ClientBase,
  uid: string
): Promise<ServerRow | undefined> {
  const result = await client.query<ServerRow>(
    `SELECT ${SERVER_COLUMNS} FROM skh.clause WHERE uid = $1`,
    [uid]
  )
  return result.rows[0]
}

/** Changes after `cursor`, in commit order, at most `limit`. */
export async function changesSince(
  client: pg.ClientBase,
  cursor: string,
  limit: number
): Promise<ServerRow[]> {
  const result = await client.query<ServerRow>(
    // Qualified: the bare name would sort by the text alias of SERVER_COLUMNS.
    `SELECT ${SERVER_COLUMNS} FROM skh.clause c WHERE c.seq > $1::bigint ORDER BY c.seq LIMIT $2`,
    [cursor, limit]
  )
  return result.rows
}
