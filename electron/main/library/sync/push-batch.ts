import type pg from 'pg'
import type { OutboxEntry } from './outbox'
import { deleteClauses, insertClauses, updateClauses } from './server-batch'
import type { ClausePayload } from './server-rows'
import { hasNul, settleDelete, settleUpsert, type PushOutcome } from './push-decide'

/** An outbox entry with its push payload (undefined: the clause is gone locally). */
export type PushJob = {
  readonly entry: OutboxEntry
  readonly found?: { readonly payload: ClausePayload; readonly revision: number }
}

/**
 * Pushes a batch of outbox entries inside the caller's transaction in a few statements: every
 * first try (insert new clauses, update edited ones at their base revision, delete at the base
 * revision) is one multi-row statement for the whole batch; only the entries those miss (a lost
 * answer, a conflict, a deletion against an edit, another clerk's clause) take the one-by-one
 * path of push-decide.ts, with the same outcomes. Outcomes are in the entries' order.
 */
export async function pushJobs(
  client: pg.ClientBase,
  jobs: readonly PushJob[]
): Promise<PushOutcome[]> {
  const upserts = jobs.flatMap(({ entry, found }) =>
    entry.op === 'upsert' && found && !hasNul(found.payload) ? [found] : []
  )
  const inserted = await insertClauses(
    client,
    upserts.filter(found => found.revision === 0).map(found => found.payload)
  )
  const updated = await updateClauses(
    client,
    upserts
      .filter(found => found.revision !== 0)
      .map(found => ({ payload: found.payload, base: found.revision }))
  )
  const deleted = await deleteClauses(
    client,
    jobs.flatMap(({ entry }) =>
      entry.op === 'delete' && entry.base_revision > 0
        ? [{ uid: entry.uid, changeId: entry.change_id, base: entry.base_revision }]
        : []
    )
  )
  const outcomes: PushOutcome[] = []
  for (const { entry, found } of jobs) {
    if (entry.op === 'delete') {
      outcomes.push(await settleDelete(client, entry, deleted.has(entry.uid)))
    } else if (!found) {
      outcomes.push({ type: 'drop' })
    } else if (hasNul(found.payload)) {
      outcomes.push({ type: 'rejected' })
    } else {
      const first = (found.revision === 0 ? inserted : updated).get(entry.uid)
      outcomes.push(await settleUpsert(client, entry, found.payload, found.revision, first))
    }
  }
  return outcomes
}
