import type Database from 'better-sqlite3'
import type pg from 'pg'
import type { SyncSummary } from '../../../../shared/library/sync-types'
import { createConflictStore } from './conflict-store'
import { createLocalApply } from './local-apply'
import { createOutbox, type OutboxEntry } from './outbox'
import { pushJobs } from './push-batch'
import type { PushOutcome } from './push-decide'
import { changesSince } from './server-rows'

/** Tuning and test hooks of one sync run. */
export type SyncOptions = {
  /** Changes per batch (one server transaction and one local transaction each). */
  readonly batchSize?: number
  /** Called after each committed batch; tests use it to cut a sync at a chosen point. */
  readonly onBatch?: (phase: 'push' | 'pull', count: number) => void | Promise<void>
  /** Called between a push batch's server commit and its local commit (tests cut there). */
  readonly onServerCommit?: () => void | Promise<void>
}

const DEFAULT_BATCH = 500

/** Counts of a sync run, rejected rows included. */
export type SyncRunSummary = SyncSummary & { readonly rejected: number }

/**
 * The sync engine over one local library database: pushes the outbox, then pulls the server's
 * changes after the cursor, in batches. Each batch is one server transaction followed by one
 * local transaction, and every step is idempotent, so a sync cut anywhere (network drop, app
 * killed, server restarted) loses nothing and the next run carries on.
 */
export function createSyncEngine(db: Database.Database) {
  const outbox = createOutbox(db)
  const local = createLocalApply(db)
  const conflicts = createConflictStore(db)
  const setRevision = db.prepare('UPDATE clause SET revision = ?, author = ? WHERE uid = ?')
  const acknowledge = db.prepare(
    'UPDATE clause SET revision = ?, author = ? WHERE uid = ? AND status = ?'
  )
  const setUid = db.prepare('UPDATE clause SET uid = ?, revision = ?, author = ? WHERE uid = ?')
  const unqueue = db.prepare('DELETE FROM sync_outbox WHERE uid = ? AND (? OR change_id = ?)')
  const localId = db.prepare<[string], { id: number }>('SELECT id FROM clause WHERE uid = ?')
  const pending = db.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM sync_outbox WHERE uid = ?'
  )

  const settle = (entry: OutboxEntry, outcome: PushOutcome): void => {
    const current = outbox.isCurrent(entry)
    switch (outcome.type) {
      case 'ack':
        if (current) {
          // The server stored this very content: record its revision and author; only a status
          // the server changed (a clerk cannot approve) needs the whole row applied.
          const { revision, author, status, uid } = outcome.row
          if (acknowledge.run(revision, author, uid, status).changes === 0) {
            local.apply(outcome.row, true)
          }
        } else {
          // Edited again meanwhile: keep the newer text, build the next push on this revision.
          setRevision.run(outcome.row.revision, outcome.row.author, entry.uid)
        }
        break
      case 'conflict':
        conflicts.put(outcome.theirs)
        break
      case 'restore':
        local.apply(outcome.theirs, true)
        break
      case 'fork':
        setUid.run(outcome.mine.uid, outcome.mine.revision, outcome.mine.author, entry.uid)
        unqueue.run(entry.uid, 1, '')
        local.apply(outcome.theirs, true)
        if (!current) {
          outbox.requeue(outcome.mine.uid)
        }
        return
      case 'drop':
      case 'rejected':
        break
    }
    if (current || outcome.type === 'conflict') {
      unqueue.run(entry.uid, outcome.type === 'conflict' ? 1 : 0, entry.change_id)
    }
  }

  const pushBatch = async (client: pg.ClientBase, size: number, options: SyncOptions) => {
    const entries = outbox.take(size)
    if (entries.length === 0) {
      return { done: true, outcomes: [] as PushOutcome[] }
    }
    const jobs = entries.map(entry => ({
      entry,
      found: entry.op === 'upsert' ? outbox.payload(entry) : undefined,
    }))
    let outcomes: PushOutcome[]
    await client.query('BEGIN')
    try {
      outcomes = await pushJobs(client, jobs)
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    }
    await options.onServerCommit?.()
    local.applying(() => entries.forEach((entry, i) => settle(entry, outcomes[i] as PushOutcome)))
    return { done: entries.length < size, outcomes }
  }

  const pullBatch = async (client: pg.ClientBase, size: number) => {
    const rows = await changesSince(client, outbox.cursor(), size)
    let rejected = 0
    local.applying(() => {
      for (const row of rows) {
        const theirs = conflicts.get(row.uid)
        if (theirs) {
          if (row.deleted) {
            // Their deletion against my edit: the edit wins and goes back to the server.
            conflicts.remove(row.uid)
            setRevision.run(row.revision, row.author, row.uid)
            outbox.requeue(row.uid)
          } else if (row.revision > theirs.revision) {
            conflicts.put(row)
          }
        } else if (!pending.get(row.uid) && !local.apply(row)) {
          rejected++
        }
      }
      const last = rows[rows.length - 1]
      if (last) {
        outbox.setCursor(last.seq)
      }
    })
    return { count: rows.length, rejected, done: rows.length < size }
  }

  const engine = {
    outbox,
    conflicts,
    local,
    /** The local clause id of a uid (undefined when it is not in the library). */
    localIdOf: (uid: string): string | undefined => {
      const row = localId.get(uid)
      return row ? String(row.id) : undefined
    },
    /**
     * Settles a conflict: `theirs` takes the server's version; `mine` keeps the local one and
     * queues it to overwrite the server's at the next sync. False when there is no such conflict.
     */
    resolve: (uid: string, choice: 'mine' | 'theirs'): boolean => {
      const theirs = conflicts.get(uid)
      if (!theirs) {
        return false
      }
      local.applying(() => {
        conflicts.remove(uid)
        if (choice === 'theirs') {
          local.apply(theirs, true)
          unqueue.run(uid, 1, '')
        } else {
          setRevision.run(theirs.revision, theirs.author, uid)
          outbox.requeue(uid)
        }
      })
      return true
    },
    /** Pushes the whole outbox, batch by batch. */
    push: async (client: pg.ClientBase, options: SyncOptions = {}) => {
      const size = options.batchSize ?? DEFAULT_BATCH
      let pushed = 0
      let rejected = 0
      for (;;) {
        const batch = await pushBatch(client, size, options)
        pushed += batch.outcomes.length
        rejected += batch.outcomes.filter(outcome => outcome.type === 'rejected').length
        await options.onBatch?.('push', pushed)
        if (batch.done) {
          return { pushed, rejected }
        }
      }
    },
    /** Pulls every server change after the cursor, batch by batch. */
    pull: async (client: pg.ClientBase, options: SyncOptions = {}) => {
      const size = options.batchSize ?? DEFAULT_BATCH
      let pulled = 0
      let rejected = 0
      for (;;) {
        const batch = await pullBatch(client, size)
        pulled += batch.count
        rejected += batch.rejected
        await options.onBatch?.('pull', pulled)
        if (batch.done) {
          return { pulled, rejected }
        }
      }
    },
    /** One full sync over an open, schema-checked connection: push, then pull. */
    sync: async (client: pg.ClientBase, options: SyncOptions = {}): Promise<SyncRunSummary> => {
      const pushed = await engine.push(client, options)
      const pulled = await engine.pull(client, options)
      return {
        pushed: pushed.pushed,
        pulled: pulled.pulled,
        conflicts: conflicts.count(),
        rejected: pushed.rejected + pulled.rejected,
      }
    },
  }
  return engine
}

/** A sync engine. */
export type SyncEngine = ReturnType<typeof createSyncEngine>
