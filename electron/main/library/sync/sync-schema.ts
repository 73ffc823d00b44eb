/** A random version-4 UUID in SQLite SQL (for rows that existed before sync did). */
const UUID_SQL = `(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
  substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
  substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))`

/** The clause columns whose change is worth sharing (not use counts: those stay personal). */
const SHARED_COLUMNS =
  'kind, fragment, text, papi, cchc, section, src_title, src_issuer, src_level, src_year, ' +
  'src_file, status'

/** Queues a change of `uid` (`upsert` or `delete`), replacing any queued change of it. */
const enqueue = (row: 'NEW' | 'OLD', op: 'upsert' | 'delete') => `
  INSERT INTO sync_outbox (uid, change_id, op, base_revision)
  VALUES (${row}.uid, ${UUID_SQL}, '${op}', ${row}.revision)
  ON CONFLICT (uid) DO UPDATE SET change_id = excluded.change_id, op = excluded.op,
    base_revision = excluded.base_revision;`

/**
 * Local schema version 2: what sync with the shared library needs.
 *
 * - Every clause gets a stable `uid` (UUID), the server `revision` it was last in step with
 *   (0 = never on the server) and its `author` (the server login that created it).
 * - `sync_outbox` holds one pending change per clause, filled by triggers so every write path
 *   (editor, import, CLI) is covered; `change_id` names the change so a push the server
 *   committed but the app never heard back about is recognised on retry (`sent_change` is the
 *   change id last sent). Triggers skip writes made while `sync_applying` has a row: those are
 *   the sync engine applying the server's changes inside its own transaction.
 * - `sync_state` keeps the pull cursor; `sync_conflict` the server's version of a clause whose
 *   local edit conflicts with it, until the clerk picks one.
 * Existing clauses get uids and are queued, so an old library is shared at its first sync.
 */
export const SYNC_MIGRATION = `
  ALTER TABLE clause ADD COLUMN uid TEXT;
  ALTER TABLE clause ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE clause ADD COLUMN author TEXT;
  UPDATE clause SET uid = ${UUID_SQL};
  CREATE UNIQUE INDEX clause_by_uid ON clause (uid);
  CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    change_id TEXT NOT NULL,
    sent_change TEXT,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    base_revision INTEGER NOT NULL
  );
  CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE sync_conflict (uid TEXT PRIMARY KEY, theirs TEXT NOT NULL);
  CREATE TABLE sync_applying (one INTEGER);
  INSERT INTO sync_outbox (uid, change_id, op, base_revision)
    SELECT uid, ${UUID_SQL}, 'upsert', 0 FROM clause ORDER BY id;
  CREATE TRIGGER clause_outbox_insert AFTER INSERT ON clause
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
  BEGIN ${enqueue('NEW', 'upsert')} END;
  CREATE TRIGGER clause_outbox_update AFTER UPDATE OF ${SHARED_COLUMNS} ON clause
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
  BEGIN ${enqueue('NEW', 'upsert')} END;
  CREATE TRIGGER clause_outbox_delete AFTER DELETE ON clause
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
  BEGIN ${enqueue('OLD', 'delete')} DELETE FROM sync_conflict WHERE uid = OLD.uid; END;
`
