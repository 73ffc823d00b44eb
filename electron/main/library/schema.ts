import type Database from 'better-sqlite3'
import { SYNC_MIGRATION } from './sync/sync-schema'

/**
 * Schema migrations, applied in order inside one transaction; `PRAGMA user_version` records how
 * many have run. Append a migration to change the schema; never edit a shipped one.
 *
 * Search design: clauses that share a near-duplicate key form a `clause_group`; the FTS index
 * holds one row per group (the representative's folded text, plus the words that only other
 * members have in a low-weight column), so a search ranks a few thousand groups instead of every
 * clause and near-duplicates collapse for free. Measured on 50k synthetic clauses (2.1k groups):
 * bm25 over a `detail=full` index is ~3.5× faster at p95 than `detail=column`/`none`, whose
 * bm25 has to work harder per row; the `1 2 3` prefix indexes serve the typed-so-far last word.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE clause_group (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    dup_key TEXT NOT NULL,
    rep_id INTEGER,
    member_count INTEGER NOT NULL DEFAULT 0,
    -- Distinct source years of the members, ascending, comma-separated.
    years TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, dup_key)
  );
  CREATE TABLE clause (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    fragment TEXT NOT NULL,
    text TEXT NOT NULL,
    papi TEXT,
    cchc TEXT,
    section TEXT,
    src_title TEXT,
    src_issuer TEXT,
    src_level TEXT,
    src_year INTEGER,
    src_file TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    use_count INTEGER NOT NULL DEFAULT 0,
    last_used TEXT,
    status TEXT NOT NULL,
    -- The folded text and near-duplicate key live on the group / are derived, keeping rows small.
    group_id INTEGER NOT NULL REFERENCES clause_group (id)
  );
  -- Covers the per-group probes of filtered search (see search-candidates.ts).
  CREATE INDEX clause_by_group ON clause (
    group_id, kind, src_year, src_level, status, section, papi, cchc, use_count
  );
  CREATE VIRTUAL TABLE group_fts USING fts5 (
    folded, variants,
    prefix = '1 2 3', tokenize = 'unicode61 remove_diacritics 0'
  );
  `,
  SYNC_MIGRATION,
]

/** The schema version this build writes. */
export const LIBRARY_SCHEMA_VERSION = MIGRATIONS.length

/** Outcome of bringing a database up to date. */
export type MigrationOutcome = 'ok' | 'newer'

/** Applies pending migrations; refuses (without changes) a database from a newer build. */
export function migrate(db: Database.Database): MigrationOutcome {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > LIBRARY_SCHEMA_VERSION) {
    return 'newer'
  }
  if (version < LIBRARY_SCHEMA_VERSION) {
    db.transaction(() => {
      for (const sql of MIGRATIONS.slice(version)) {
        db.exec(sql)
      }
      db.pragma(`user_version = ${LIBRARY_SCHEMA_VERSION}`)
    })()
  }
  return 'ok'
}
