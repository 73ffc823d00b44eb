import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { dupKey } from '../../../shared/library/dup-key'
import { fragmentText } from '../../../shared/library/fragment-text'
import type { ClauseDraft } from '../../../shared/library/types'
import { draftColumns } from './clause-row'
import type { Groups, Member } from './groups'

/** History fields an imported clause keeps; new clauses get defaults. */
export type ClauseHistory = {
  readonly createdAt?: string
  readonly updatedAt?: string
  readonly useCount?: number
  readonly lastUsed?: string
}

/**
 * A clause to insert, with its history when it comes from an exchange file and its uid when it
 * must be the same on every PC (a sample clause; see sample-uid.ts).
 */
export type InsertEntry = {
  readonly draft: ClauseDraft
  readonly history?: ClauseHistory
  readonly uid?: string
}

/**
 * The bulk insert: every entry in one transaction, then each touched near-duplicate group is
 * refreshed once. Members of groups created by this insert are handed to the refresh from
 * memory instead of being read back (half the cost of a 50k-clause insert).
 */
export function createInsert(db: Database.Database, groups: Groups, now: () => Date) {
  const insert = db.prepare(`INSERT INTO clause (kind, fragment, text, papi, cchc, section,
    src_title, src_issuer, src_level, src_year, src_file, created_at, updated_at, use_count,
    last_used, status, group_id, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)

  const insertOne = ({ draft, history = {}, uid }: InsertEntry, stamp: string) => {
    const text = fragmentText(draft.fragment)
    const { id: group, created } = groups.idFor(draft.kind, dupKey(text))
    const member: Member = {
      id: 0,
      src_year: draft.source.year ?? null,
      text,
      status: draft.status ?? 'harvested',
      use_count: history.useCount ?? 0,
      updated_at: history.updatedAt ?? history.createdAt ?? stamp,
    }
    const result = insert.run(
      ...draftColumns(draft, text),
      history.createdAt ?? stamp,
      member.updated_at,
      member.use_count,
      history.lastUsed ?? null,
      member.status,
      group,
      uid ?? randomUUID()
    )
    return { group, created, member: { ...member, id: Number(result.lastInsertRowid) } }
  }

  return db.transaction((entries: readonly InsertEntry[]): string[] => {
    const touched = new Set<number>()
    const fresh = new Map<number, Member[]>()
    const ids: string[] = []
    const stamp = now().toISOString()
    for (const entry of entries) {
      const { group, created, member } = insertOne(entry, stamp)
      touched.add(group)
      ids.push(String(member.id))
      if (created) {
        fresh.set(group, [])
      }
      fresh.get(group)?.push(member)
    }
    groups.refresh(touched, fresh)
    return ids
  })
}
