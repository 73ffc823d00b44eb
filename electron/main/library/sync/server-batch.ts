import type pg from 'pg'
import { SERVER_COLUMNS, type ClausePayload, type ServerRow } from './server-rows'

/** A payload with the server revision its edit was based on. */
export type BasedPayload = { readonly payload: ClausePayload; readonly base: number }

/** A deletion with the server revision it was based on. */
export type BasedDelete = { readonly uid: string; readonly changeId: string; readonly base: number }

/** The payload columns (and `extra` ones) as unnest's parallel array parameters. */
function columns(
  payloads: readonly ClausePayload[],
  extra: readonly (readonly [string, string, readonly unknown[]])[] = []
) {
  const list: [string, string, (p: ClausePayload) => unknown][] = [
    ['n_uid', 'uuid', p => p.uid],
    ['n_change', 'uuid', p => p.changeId],
    ['n_kind', 'text', p => p.kind],
    ['n_fragment', 'text', p => p.fragment],
    ['n_text', 'text', p => p.text],
    ['n_folded', 'text', p => p.folded],
    ['n_dup_key', 'text', p => p.dupKey],
    ['n_papi', 'text', p => p.papi],
    ['n_cchc', 'text', p => p.cchc],
    ['n_section', 'text', p => p.section],
    ['n_src_title', 'text', p => p.srcTitle],
    ['n_src_issuer', 'text', p => p.srcIssuer],
    ['n_src_level', 'text', p => p.srcLevel],
    ['n_src_year', 'int', p => p.srcYear],
    ['n_src_file', 'text', p => p.srcFile],
    ['n_status', 'text', p => p.status],
    ['n_created_at', 'timestamptz', p => p.createdAt],
  ]
  const types = [...list.map(([, type]) => type), ...extra.map(([, type]) => type)]
  const names = [...list.map(([name]) => name), ...extra.map(([name]) => name)]
  return {
    from: `unnest(${types.map((type, i) => `$${i + 1}::${type}[]`).join(', ')}) AS n (${names.join(', ')})`,
    params: [...list.map(([, , get]) => payloads.map(get)), ...extra.map(([, , values]) => values)],
  }
}

const byUid = (rows: readonly ServerRow[]) => new Map(rows.map(row => [row.uid, row]))

/**
 * Inserts new clauses in one statement; returns the stored rows by uid (a uid already on the
 * server is left alone and missing from the answer, as `insertClause` does one at a time).
 */
export async function insertClauses(
  client: pg.ClientBase,
  payloads: readonly ClausePayload[]
): Promise<Map<string, ServerRow>> {
  if (payloads.length === 0) {
    return new Map()
  }
  const c = columns(payloads)
  const result = await client.query<ServerRow>(
    `INSERT INTO skh.clause (uid, change_id, seq, created_at, kind, fragment, text, folded, dup_key,
       papi, cchc, section, src_title, src_issuer, src_level, src_year, src_file, status)
     SELECT n_uid, n_change, 0, n_created_at, n_kind, n_fragment, n_text, n_folded, n_dup_key,
       n_papi, n_cchc, n_section, n_src_title, n_src_issuer, n_src_level, n_src_year, n_src_file,
       n_status
     FROM ${c.from}
     ON CONFLICT (uid) DO NOTHING RETURNING ${SERVER_COLUMNS}`,
    c.params
  )
  return byUid(result.rows)
}

/**
 * Overwrites clauses (reviving deleted ones) that are still at their base revision, in one
 * statement; returns the updated rows by uid (the others changed meanwhile, or row-level
 * security refused them, as `updateClause` does one at a time).
 */
export async function updateClauses(
  client: pg.ClientBase,
  edits: readonly BasedPayload[]
): Promise<Map<string, ServerRow>> {
  if (edits.length === 0) {
    return new Map()
  }
  const c = columns(
    edits.map(edit => edit.payload),
    [['n_base', 'int', edits.map(edit => edit.base)]]
  )
  const result = await client.query<ServerRow>(
    `UPDATE skh.clause SET change_id = n_change, kind = n_kind, fragment = n_fragment,
       text = n_text, folded = n_folded, dup_key = n_dup_key, papi = n_papi, cchc = n_cchc,
       section = n_section, src_title = n_src_title, src_issuer = n_src_issuer,
       src_level = n_src_level, src_year = n_src_year, src_file = n_src_file, status = n_status,
       deleted = false
     FROM ${c.from}
     WHERE uid = n_uid AND revision = n_base RETURNING ${SERVER_COLUMNS}`,
    c.params
  )
  return byUid(result.rows)
}

/**
 * Marks clauses deleted (tombstones) that are still at their base revision and not deleted, in
 * one statement; returns the uids it deleted.
 */
export async function deleteClauses(
  client: pg.ClientBase,
  deletions: readonly BasedDelete[]
): Promise<Set<string>> {
  if (deletions.length === 0) {
    return new Set()
  }
  const result = await client.query<{ uid: string }>(
    `UPDATE skh.clause SET deleted = true, change_id = n_change
     FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS n (n_uid, n_change, n_base)
     WHERE uid = n_uid AND revision = n_base AND NOT deleted RETURNING uid::text AS uid`,
    [deletions.map(d => d.uid), deletions.map(d => d.changeId), deletions.map(d => d.base)]
  )
  return new Set(result.rows.map(row => row.uid))
}
