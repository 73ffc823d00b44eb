import type Database from 'better-sqlite3'
import { dupKey } from '../../../shared/library/dup-key'
import { fragmentText } from '../../../shared/library/fragment-text'
import { harvestPlan } from '../../../shared/library/harvest-plan'
import type { Result } from '../../../shared/result'
import type { Clause, ClauseDraft, ClausePatch, ClauseSource } from '../../../shared/library/types'
import type { Plan } from '../../../shared/model/types'
import { backupIsDue, writeBackup, type BackupHeld } from './backup'
import type { InsertEntry } from './clause-insert'
import { createClauseStore } from './clause-store'
import { createExchange } from './exchange'
import { sampleUid } from './sample-uid'
import { createSearch } from './search'
import { createSyncEngine } from './sync/engine'

/** A backup is taken after this many clause writes, so a damaged file costs minutes of work. */
export const BACKUP_EVERY = 50

/** A sample plan and where it came from, for the first-run seed. */
export type SamplePlan = { readonly plan: Plan; readonly source?: ClauseSource }

/** The sample plans' clauses, each with the uid every PC gives it. */
function sampleEntries(samples: readonly SamplePlan[]): InsertEntry[] {
  const seen = new Map<string, number>()
  return samples.flatMap(sample =>
    harvestPlan(sample.plan, sample.source).map(draft => {
      const file = sample.source?.file ?? ''
      const key = `${file}\u0000${draft.kind}\u0000${draft.text}`
      const occurrence = seen.get(key) ?? 0
      seen.set(key, occurrence + 1)
      return { draft, uid: sampleUid(file, draft.kind, draft.text, occurrence) }
    })
  )
}

/** Paths of the library's files. */
export type LibraryPaths = { readonly file: string; readonly backup: string }

/** The clause library over one open SQLite database. */
export function createLibrary(db: Database.Database, paths: LibraryPaths, now = () => new Date()) {
  const store = createClauseStore(db, now)
  const exchange = createExchange(db, store, now)
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM clause')
  const known = db.prepare<[string, string, string, string, string], { one: number }>(
    `SELECT 1 AS one FROM clause c JOIN clause_group g ON g.id = c.group_id
     WHERE g.kind = ? AND g.dup_key = ? AND c.text = ? AND IFNULL(c.src_file, '') = ?
     AND IFNULL(c.src_title, '') = ? LIMIT 1`
  )
  const isKnown = (draft: ClauseDraft): boolean => {
    const text = fragmentText(draft.fragment)
    const args = [draft.source.file ?? '', draft.source.title ?? ''] as const
    return known.get(draft.kind, dupKey(text), text, ...args) !== undefined
  }
  let backedUp = false
  /** Writes since the last backup; past `BACKUP_EVERY` a backup is taken, so little can be lost. */
  let changes = 0
  let held: BackupHeld | undefined
  let running: Promise<boolean> | undefined
  const backupNow = (): Promise<boolean> => {
    running ??= writeBackup(db, paths.backup, now())
      .then(result => {
        held = result.held ? result : undefined
        if (!result.held) {
          changes = 0
        }
        return !result.held
      })
      .finally(() => {
        running = undefined
      })
    return running
  }
  const changed = <T>(result: T, n = 1): T => {
    const ok = (result as { ok?: boolean }).ok !== false
    if (ok && n > 0) {
      changes += n
      if (changes >= BACKUP_EVERY) {
        void backupNow().catch(() => undefined)
      }
    }
    return result
  }

  const bulkInsert = (drafts: readonly ClauseDraft[]): string[] => {
    const ids = store.insertMany(drafts.map(draft => ({ draft })))
    return changed(ids, ids.length)
  }

  const sync = createSyncEngine(db)
  return {
    paths,
    /** Sync with the shared library server (outbox, cursor, conflicts live in this database). */
    sync,
    /** Diacritic-insensitive search; near-duplicates collapse into one hit with a count. */
    search: createSearch(db),
    /** One clause by id. */
    get: store.get,
    /** Adds one clause (checked first: it may come from the renderer). */
    add: (draft: ClauseDraft): Result<Clause> => changed(store.add(draft)),
    /** Changes a clause's fragment, tags or status. */
    update: (id: string, patch: ClausePatch): Result<Clause> => changed(store.update(id, patch)),
    /** Deletes a clause. */
    remove: (id: string): ReturnType<typeof store.remove> => changed(store.remove(id)),
    /** Marks a clause as checked by a person. */
    approve: (id: string): Result<Clause> => changed(store.update(id, { status: 'approved' })),
    /** Counts one more use of a clause. */
    markUsed: store.markUsed,
    /** Adds many clauses in one transaction; returns their ids. */
    bulkInsert,
    /**
     * Harvests a plan into the library. Clauses already harvested from the same source (same
     * kind, text, file and title) are skipped, so adding a plan twice adds nothing.
     */
    addPlan: (plan: Plan, source?: ClauseSource): { added: number; skipped: number } => {
      const drafts = harvestPlan(plan, source)
      const seen = new Set<string>()
      const fresh = drafts.filter(draft => {
        const identity = `${draft.kind}\u0000${draft.text}`
        const duplicate = seen.has(identity) || isKnown(draft)
        seen.add(identity)
        return !duplicate
      })
      bulkInsert(fresh)
      return { added: fresh.length, skipped: drafts.length - fresh.length }
    },
    /** Number of stored clauses. */
    count: (): number => count.get()?.n ?? 0,
    exportClauses: exchange.exportClauses,
    importClauses: (content: string): ReturnType<typeof exchange.importClauses> => {
      const result = exchange.importClauses(content)
      return changed(result, result.ok ? result.value.added : 0)
    },
    /**
     * On first run (no clauses yet) fills the library from the sample plans; returns how many.
     * Every PC seeds the same samples, so they are never pushed to the shared library: they get
     * the same uid on every PC (see sample-uid.ts) and stay out of the sync outbox until a clerk
     * edits one (then the edit is shared and replaces the unedited copy elsewhere).
     */
    seedIfEmpty: (samples: () => readonly SamplePlan[]): number => {
      // The samples are read from disk only for an empty library, not on every open.
      if ((count.get()?.n ?? 0) > 0) {
        return 0
      }
      const entries = sampleEntries(samples())
      const ids = sync.local.applying(() => store.insertMany(entries))
      return changed(ids, ids.length).length
    },
    /**
     * Refreshes the rolling backup (`library.db.bak`) at most once per run and once a day;
     * resolves to whether a backup was written.
     */
    backupIfDue: async (): Promise<boolean> => {
      if (backedUp || !backupIsDue(paths.backup, now())) {
        return false
      }
      backedUp = true
      return backupNow()
    },
    /** Backs up now (a generation and `library.db.bak`); false when held (see `writeBackup`). */
    backupNow,
    /** Why the last backup was held back, if it was: the library shrank far below its backup. */
    heldBackup: (): BackupHeld | undefined => held,
    /** Closes the database. */
    close: (): void => {
      db.close()
    },
    /** Backs up what changed since the last backup, then closes (app quit, end of a command). */
    closeWithBackup: async (): Promise<void> => {
      try {
        if (changes > 0 || running) {
          await (running ?? backupNow())
        }
      } finally {
        db.close()
      }
    },
  }
}

/** An open clause library. */
export type Library = ReturnType<typeof createLibrary>
