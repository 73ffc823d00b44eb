import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { dupKey } from '../../../../shared/library/dup-key'
import { foldVietnamese } from '../../../../shared/text/fold'
import type { ClausePayload } from './server-rows'

/** One pending local change (see sync-schema.ts). */
export type OutboxEntry = {
  readonly seq: number
  readonly uid: string
  readonly change_id: string
  readonly sent_change: string | null
  readonly op: 'upsert' | 'delete'
  readonly base_revision: number
}

type LocalRow = {
  kind: string
  fragment: string
  text: string
  papi: string | null
  cchc: string | null
  section: string | null
  src_title: string | null
  src_issuer: string | null
  src_level: string | null
  src_year: number | null
  src_file: string | null
  status: string
  created_at: string
  revision: number
}

/** The outbox of local changes waiting for the server, and the pull cursor. */
export function createOutbox(db: Database.Database) {
  const batch = db.prepare<[number], OutboxEntry>(
    `SELECT seq, uid, change_id, sent_change, op, base_revision FROM sync_outbox
     WHERE uid NOT IN (SELECT uid FROM sync_conflict) ORDER BY seq LIMIT ?`
  )
  const sent = db.prepare('UPDATE sync_outbox SET sent_change = change_id WHERE seq = ?')
  const current = db.prepare<[string], { change_id: string }>(
    'SELECT change_id FROM sync_outbox WHERE uid = ?'
  )
  const drop = db.prepare('DELETE FROM sync_outbox WHERE uid = ? AND change_id = ?')
  const local = db.prepare<[string], LocalRow>(`SELECT kind, fragment, text, papi, cchc, section,
    src_title, src_issuer, src_level, src_year, src_file, status, created_at, revision
    FROM clause WHERE uid = ?`)
  const queue = db.prepare(`INSERT INTO sync_outbox (uid, change_id, op, base_revision)
    VALUES (?, ?, 'upsert', 0) ON CONFLICT (uid) DO UPDATE SET change_id = excluded.change_id,
    op = 'upsert'`)
  const pending = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM sync_outbox')
  const readState = db.prepare<[string], { value: string }>(
    'SELECT value FROM sync_state WHERE key = ?'
  )
  const writeState = db.prepare(
    'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
  )

  return {
    /** The oldest pending changes, marked as sent (so a lost answer is recognised later). */
    take: db.transaction((limit: number): OutboxEntry[] => {
      const entries = batch.all(limit)
      for (const entry of entries) {
        sent.run(entry.seq)
      }
      return entries
    }),
    /** Whether the entry's change is still the newest queued for its clause. */
    isCurrent: (entry: OutboxEntry): boolean =>
      current.get(entry.uid)?.change_id === entry.change_id,
    /** Removes the entry if no newer change of its clause was queued meanwhile. */
    done: (entry: OutboxEntry): void => {
      drop.run(entry.uid, entry.change_id)
    },
    /** Queues the local version of a clause again (the clerk kept theirs in a conflict). */
    requeue: (uid: string): void => {
      queue.run(uid, randomUUID())
    },
    /** The push payload of a clause's local version, and the revision it was based on. */
    payload: (entry: OutboxEntry): { payload: ClausePayload; revision: number } | undefined => {
      const row = local.get(entry.uid)
      if (!row) {
        return undefined
      }
      const payload: ClausePayload = {
        uid: entry.uid,
        changeId: entry.change_id,
        kind: row.kind,
        fragment: row.fragment,
        text: row.text,
        folded: foldVietnamese(row.text),
        dupKey: dupKey(row.text),
        papi: row.papi,
        cchc: row.cchc,
        section: row.section,
        srcTitle: row.src_title,
        srcIssuer: row.src_issuer,
        srcLevel: row.src_level,
        srcYear: row.src_year,
        srcFile: row.src_file,
        status: row.status,
        createdAt: row.created_at,
      }
      return { payload, revision: row.revision }
    },
    /** Number of pending changes. */
    pending: (): number => pending.get()?.n ?? 0,
    /** The pull cursor: the last server change seen. */
    cursor: (): string => readState.get('cursor')?.value ?? '0',
    setCursor: (value: string): void => {
      writeState.run('cursor', value)
    },
    readState: (key: string): string | undefined => readState.get(key)?.value,
    writeState: (key: string, value: string): void => {
      writeState.run(key, value)
    },
  }
}

/** The sync outbox. */
export type Outbox = ReturnType<typeof createOutbox>
