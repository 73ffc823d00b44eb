import { randomUUID } from 'node:crypto'
import type pg from 'pg'
import type { OutboxEntry } from './outbox'
import {
  deleteClause,
  insertClause,
  selectClause,
  updateClause,
  type ClausePayload,
  type ServerRow,
} from './server-rows'

/**
 * What the server made of one pushed change:
 * - `ack`: stored (or had been stored by an earlier attempt whose answer was lost);
 * - `conflict`: someone else changed the clause since this PC's version; both are kept;
 * - `restore`: the local deletion lost (someone edited the clause, or it is not ours to delete),
 *   so the server's version comes back;
 * - `fork`: the clause belongs to another clerk, so the local edit was added as a new clause
 *   (`mine`) and the original (`theirs`) stays as it was;
 * - `drop`: nothing to do; `rejected`: the content cannot be stored (a NUL character).
 */
export type PushOutcome =
  | { readonly type: 'ack'; readonly row: ServerRow }
  | { readonly type: 'conflict' | 'restore'; readonly theirs: ServerRow }
  | { readonly type: 'fork'; readonly theirs: ServerRow; readonly mine: ServerRow }
  | { readonly type: 'drop' | 'rejected' }

const DROP: PushOutcome = { type: 'drop' }

async function fork(client: pg.ClientBase, payload: ClausePayload, theirs: ServerRow) {
  const mine = await insertClause(client, { ...payload, uid: randomUUID() })
  return mine ? ({ type: 'fork', theirs, mine } as const) : ({ type: 'conflict', theirs } as const)
}

/** Whether a payload holds a NUL character, which PostgreSQL text cannot store. */
export function hasNul(payload: ClausePayload): boolean {
  return Object.values(payload).some(value => typeof value === 'string' && value.includes('\u0000'))
}

/**
 * The outcome of a local addition or edit whose first try (insert when `base` is 0, else update
 * at revision `base`; see push-batch.ts) gave `first`: stored, or else what the server's current
 * row says (a lost answer, a conflict, an edit beating a delete, another clerk's clause).
 */
export async function settleUpsert(
  client: pg.ClientBase,
  entry: OutboxEntry,
  payload: ClausePayload,
  base: number,
  first: ServerRow | undefined
): Promise<PushOutcome> {
  if (first) {
    return { type: 'ack', row: first }
  }
  const server = await selectClause(client, entry.uid)
  if (!server) {
    const row = await insertClause(client, payload)
    return row ? { type: 'ack', row } : DROP
  }
  if (server.change_id === entry.change_id) {
    return { type: 'ack', row: server }
  }
  // Our own earlier change made it, or the clause was deleted (an edit beats a delete), or
  // nobody changed it since our base: then build on the server's revision.
  if (server.change_id === entry.sent_change || server.deleted || server.revision === base) {
    const row =
      server.revision === base && !server.deleted
        ? undefined
        : await updateClause(client, payload, server.revision)
    // Still refused: row-level security says the clause is another clerk's.
    return row ? { type: 'ack', row } : fork(client, payload, server)
  }
  return { type: 'conflict', theirs: server }
}

/**
 * The outcome of a local deletion (pushed as a tombstone) whose first try at its base revision
 * deleted the clause or not; an edit made elsewhere meanwhile wins.
 */
export async function settleDelete(
  client: pg.ClientBase,
  entry: OutboxEntry,
  deleted: boolean
): Promise<PushOutcome> {
  if (deleted) {
    return DROP
  }
  const base = entry.base_revision
  const server = await selectClause(client, entry.uid)
  if (!server || server.deleted) {
    return DROP
  }
  if (server.change_id === entry.sent_change || server.revision === base) {
    const row = await deleteClause(client, entry.uid, entry.change_id, server.revision)
    return row ? DROP : { type: 'restore', theirs: server }
  }
  return { type: 'restore', theirs: server }
}
