import type Database from 'better-sqlite3'
import { foldCached } from '../../../shared/library/fold-cached'

const WORD_BREAK = /[^\p{L}\p{N}]+/u

/** Most extra words a group's FTS row carries from its non-representative members. */
const MAX_VARIANT_WORDS = 400

/** What the representative choice needs of a group member. */
export type Member = {
  readonly id: number
  readonly src_year: number | null
  readonly text: string
  readonly status: string
  readonly use_count: number
  readonly updated_at: string
}

/** Better first: approved, then most used, then most recently changed, then oldest id. */
function compareMembers(a: Member, b: Member): number {
  const approved = Number(b.status === 'approved') - Number(a.status === 'approved')
  return (
    approved || b.use_count - a.use_count || b.updated_at.localeCompare(a.updated_at) || a.id - b.id
  )
}

/** Words that members have and the representative lacks (place names, agencies, years …). */
function variantWords(repFolded: string, members: readonly Member[]): string {
  const seen = new Set(repFolded.split(WORD_BREAK))
  const extra: string[] = []
  const texts = new Set(members.map(member => member.text))
  for (const text of texts) {
    for (const word of foldCached(text).split(WORD_BREAK)) {
      if (word !== '' && !seen.has(word) && extra.length < MAX_VARIANT_WORDS) {
        seen.add(word)
        extra.push(word)
      }
    }
  }
  return extra.join(' ')
}

function yearList(members: readonly Member[]): string {
  const years = new Set<number>()
  for (const member of members) {
    if (member.src_year !== null) {
      years.add(member.src_year)
    }
  }
  return [...years].sort((a, b) => a - b).join(',')
}

/** Near-duplicate group bookkeeping: membership, representative, and the group FTS row. */
export type Groups = {
  /** The id of the (kind, dupKey) group and whether it was just created (empty). */
  readonly idFor: (kind: string, dupKey: string) => { id: number; created: boolean }
  /**
   * Recomputes representative, count and FTS row of each group; drops empty groups.
   * `known` gives the complete member list of groups created in this transaction, which
   * spares re-reading them (bulk insert).
   */
  readonly refresh: (ids: Iterable<number>, known?: ReadonlyMap<number, readonly Member[]>) => void
}

/** Group bookkeeping over an open library database; call inside the caller's transaction. */
export function createGroups(db: Database.Database): Groups {
  const find = db.prepare<[string, string], { id: number }>(
    'SELECT id FROM clause_group WHERE kind = ? AND dup_key = ?'
  )
  const create = db.prepare('INSERT INTO clause_group (kind, dup_key) VALUES (?, ?)')
  const members = db.prepare<[number], Member>(
    'SELECT id, src_year, text, status, use_count, updated_at FROM clause WHERE group_id = ?'
  )
  const setRep = db.prepare(
    'UPDATE clause_group SET rep_id = ?, member_count = ?, years = ? WHERE id = ?'
  )
  const dropGroup = db.prepare('DELETE FROM clause_group WHERE id = ?')
  const dropFts = db.prepare('DELETE FROM group_fts WHERE rowid = ?')
  const addFts = db.prepare('INSERT INTO group_fts (rowid, folded, variants) VALUES (?, ?, ?)')

  return {
    idFor: (kind, dupKey) => {
      const row = find.get(kind, dupKey)
      return row
        ? { id: row.id, created: false }
        : { id: Number(create.run(kind, dupKey).lastInsertRowid), created: true }
    },
    refresh: (ids, known) => {
      for (const id of new Set(ids)) {
        const list = [...(known?.get(id) ?? members.all(id))].sort(compareMembers)
        dropFts.run(id)
        const rep = list[0]
        if (!rep) {
          dropGroup.run(id)
          continue
        }
        setRep.run(rep.id, list.length, yearList(list), id)
        const folded = foldCached(rep.text)
        addFts.run(id, folded, variantWords(folded, list.slice(1)))
      }
    },
  }
}
