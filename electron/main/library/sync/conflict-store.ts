import type Database from 'better-sqlite3'
import type { ServerRow } from './server-rows'

/** The server versions of clauses whose local edit conflicts with them. */
export function createConflictStore(db: Database.Database) {
  const put = db.prepare(
    'INSERT INTO sync_conflict (uid, theirs) VALUES (?, ?) ON CONFLICT (uid) DO UPDATE SET theirs = excluded.theirs'
  )
  const get = db.prepare<[string], { theirs: string }>(
    'SELECT theirs FROM sync_conflict WHERE uid = ?'
  )
  const all = db.prepare<[], { uid: string; theirs: string }>(
    'SELECT uid, theirs FROM sync_conflict ORDER BY rowid'
  )
  const remove = db.prepare('DELETE FROM sync_conflict WHERE uid = ?')
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM sync_conflict')
  const parse = (theirs: string) => JSON.parse(theirs) as ServerRow
  return {
    /** Records (or updates) the server's version of a conflicting clause. */
    put: (row: ServerRow): void => {
      put.run(row.uid, JSON.stringify(row))
    },
    get: (uid: string): ServerRow | undefined => {
      const found = get.get(uid)
      return found ? parse(found.theirs) : undefined
    },
    all: (): ServerRow[] => all.all().map(row => parse(row.theirs)),
    remove: (uid: string): void => {
      remove.run(uid)
    },
    count: (): number => count.get()?.n ?? 0,
  }
}

/** Stored conflicts. */
export type ConflictStore = ReturnType<typeof createConflictStore>
