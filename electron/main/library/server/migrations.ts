/**
 * Server schema migrations for the shared clause library, shipped as data and applied in order by
 * `library server init|migrate` (see migrate.ts); `skh.schema_version` records which have run.
 * Append a migration to change the schema; never edit a shipped one.
 *
 * Design:
 * - Deletions are tombstones (`deleted = true`), so every clerk's pull learns of them.
 * - A BEFORE trigger stamps every write with the next `seq` while holding a transaction-level
 *   advisory lock, so writers commit in `seq` order and a pull "everything after seq N" can never
 *   miss a row that commits late. It also sets revision, author and time on the server's clock,
 *   and lets only curators change the approval status.
 * - Least privilege: `skh_clerk` reads everything, inserts, and updates only its own rows (row
 *   level security); `skh_curator` may update any row and approve. Nobody but the owner deletes.
 */
export const SERVER_MIGRATIONS: readonly string[] = [
  `
  DO $roles$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'skh_clerk') THEN
      CREATE ROLE skh_clerk NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'skh_curator') THEN
      CREATE ROLE skh_curator NOLOGIN;
    END IF;
  END $roles$;
  GRANT skh_clerk TO skh_curator;
  CREATE SCHEMA skh;
  CREATE TABLE skh.schema_version (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE SEQUENCE skh.change_seq;
  CREATE TABLE skh.clause (
    uid uuid PRIMARY KEY,
    revision integer NOT NULL DEFAULT 1,
    change_id uuid NOT NULL,
    seq bigint NOT NULL,
    author text NOT NULL DEFAULT current_user,
    updated_by text NOT NULL DEFAULT current_user,
    kind text NOT NULL,
    fragment text NOT NULL,
    text text NOT NULL,
    folded text NOT NULL,
    dup_key text NOT NULL,
    papi text,
    cchc text,
    section text,
    src_title text,
    src_issuer text,
    src_level text,
    src_year integer,
    src_file text,
    status text NOT NULL CHECK (status IN ('approved', 'harvested')),
    deleted boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX clause_by_seq ON skh.clause (seq);

  CREATE FUNCTION skh.stamp_clause() RETURNS trigger LANGUAGE plpgsql AS $fn$
  DECLARE
    curator boolean := pg_has_role(current_user, 'skh_curator', 'MEMBER');
  BEGIN
    PERFORM pg_advisory_xact_lock(7316001);
    NEW.seq := nextval('skh.change_seq');
    NEW.updated_at := now();
    NEW.updated_by := current_user;
    IF TG_OP = 'INSERT' THEN
      NEW.author := current_user;
      NEW.revision := 1;
      NEW.created_at := coalesce(NEW.created_at, now());
      IF NEW.status = 'approved' AND NOT curator THEN
        NEW.status := 'harvested';
      END IF;
    ELSE
      NEW.uid := OLD.uid;
      NEW.author := OLD.author;
      NEW.created_at := OLD.created_at;
      NEW.revision := OLD.revision + 1;
      IF NEW.status IS DISTINCT FROM OLD.status AND NOT curator THEN
        NEW.status := OLD.status;
      END IF;
    END IF;
    RETURN NEW;
  END $fn$;
  CREATE TRIGGER stamp_clause BEFORE INSERT OR UPDATE ON skh.clause
    FOR EACH ROW EXECUTE FUNCTION skh.stamp_clause();

  ALTER TABLE skh.clause ENABLE ROW LEVEL SECURITY;
  CREATE POLICY clause_read ON skh.clause FOR SELECT USING (true);
  CREATE POLICY clause_insert ON skh.clause FOR INSERT WITH CHECK (true);
  CREATE POLICY clause_update ON skh.clause FOR UPDATE
    USING (author = current_user OR pg_has_role(current_user, 'skh_curator', 'MEMBER'));

  REVOKE ALL ON SCHEMA skh FROM PUBLIC;
  GRANT USAGE ON SCHEMA skh TO skh_clerk;
  GRANT SELECT ON skh.schema_version TO skh_clerk;
  GRANT SELECT, INSERT, UPDATE ON skh.clause TO skh_clerk;
  GRANT USAGE ON SEQUENCE skh.change_seq TO skh_clerk;
  `,
  // Search: full-text over the folded text the app computes (shared/text/fold.ts, the same
  // folding as the local library, so no unaccent is needed) and pg_trgm for near-duplicates.
  // pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
  `
  CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA skh;
  ALTER TABLE skh.clause ADD COLUMN tsv tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', folded)) STORED;
  CREATE INDEX clause_fts ON skh.clause USING gin (tsv) WHERE NOT deleted;
  CREATE INDEX clause_browse ON skh.clause ((status = 'approved') DESC, updated_at DESC)
    WHERE NOT deleted;
  `,
  // Search at the office's scale (a million clauses): the search ranks a bounded pool of
  // matches, approved ones taken from their own small index so that they are never crowded out
  // of the pool by the many harvested ones (server-search.ts).
  `
  CREATE INDEX clause_fts_approved ON skh.clause USING gin (tsv)
    WHERE NOT deleted AND status = 'approved';
  `,
]

/** The server schema version this build of the app expects. */
export const SERVER_SCHEMA_VERSION = SERVER_MIGRATIONS.length
