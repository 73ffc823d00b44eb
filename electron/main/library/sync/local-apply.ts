import type Database from 'better-sqlite3'
import { dupKey } from '../../../../shared/library/dup-key'
import { draftColumns } from '../clause-row'
import { createGroups } from '../groups'
import { remoteDraft } from './remote-draft'
import type { ServerRow } from './server-rows'

type Existing = { id: number; group_id: number; revision: number }

/**
 * Writes the server's version of clauses into the local library, keeping near-duplicate groups
 * in step. Call inside a transaction opened by `applying` so the outbox triggers stay quiet;
 * the groups a batch touched are brought up to date once, when it ends, rather than after every
 * row (a group of many near-duplicates would otherwise be re-read once per member).
 */
export function createLocalApply(db: Database.Database) {
  const groups = createGroups(db)
  const find = db.prepare<[string], Existing>(
    'SELECT id, group_id, revision FROM clause WHERE uid = ?'
  )
  const remove = db.prepare('DELETE FROM clause WHERE id = ?')
  const columns = `kind = ?, fragment = ?, text = ?, papi = ?, cchc = ?, section = ?,
    src_title = ?, src_issuer = ?, src_level = ?, src_year = ?, src_file = ?, status = ?,
    created_at = ?, updated_at = ?, revision = ?, author = ?, group_id = ?`
  const update = db.prepare(`UPDATE clause SET ${columns} WHERE id = ?`)
  const insert = db.prepare(`INSERT INTO clause (kind, fragment, text, papi, cchc, section,
    src_title, src_issuer, src_level, src_year, src_file, status, created_at, updated_at,
    revision, author, group_id, uid, use_count) VALUES
    (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`)
  const flagOn = db.prepare('INSERT INTO sync_applying (one) VALUES (1)')
  const flagOff = db.prepare('DELETE FROM sync_applying')
  /** Groups to refresh when the current `applying` body ends; undefined outside one. */
  let touched: Set<number> | undefined
  const refresh = (ids: readonly number[]) => {
    if (touched) {
      ids.forEach(id => touched?.add(id))
    } else {
      groups.refresh(ids)
    }
  }

  /**
   * Applies one server row: a tombstone deletes, a newer revision replaces, an unknown clause is
   * added. With `force` the row replaces the local one whatever its revision (the clerk chose
   * the server's version). Returns false for a row whose content fails the checks.
   */
  const apply = (row: ServerRow, force = false): boolean => {
    const existing = find.get(row.uid)
    if (row.deleted) {
      if (existing) {
        remove.run(existing.id)
        refresh([existing.group_id])
      }
      return true
    }
    if (existing && existing.revision >= row.revision && !force) {
      return true
    }
    const draft = remoteDraft(row)
    if (!draft) {
      return false
    }
    const { id: group } = groups.idFor(draft.kind, dupKey(draft.text))
    const args = [
      ...draftColumns(draft),
      draft.status ?? 'harvested',
      row.created_at,
      row.updated_at,
      row.revision,
      row.author,
      group,
    ]
    if (existing) {
      update.run(...args, existing.id)
      refresh([group, existing.group_id])
    } else {
      insert.run(...args, row.uid)
      refresh([group])
    }
    return true
  }

  /** Runs `body` in one transaction in which local writes are not queued for the server. */
  const applying = <T>(body: () => T): T =>
    db.transaction(() => {
      flagOn.run()
      const outer = touched
      touched = outer ?? new Set()
      try {
        const result = body()
        if (!outer) {
          groups.refresh(touched)
        }
        return result
      } finally {
        touched = outer
        flagOff.run()
      }
    })()

  return { apply, applying }
}

/** Applies server rows to the local library. */
export type LocalApply = ReturnType<typeof createLocalApply>
