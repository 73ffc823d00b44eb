import type Database from 'better-sqlite3'
import { dupKey } from '../../../shared/library/dup-key'
import { clauseDraftFields } from '../../../shared/library/clause-schemas'
import { fragmentSchema } from '../../../shared/library/fragment-schema'
import { fragmentText } from '../../../shared/library/fragment-text'
import { err, ok, type Result } from '../../../shared/result'
import type { Clause, ClauseDraft, ClausePatch } from '../../../shared/library/types'
import { CLAUSE_COLUMNS, CLAUSE_FROM, rowId, rowToClause, type ClauseRow } from './clause-row'
import { createInsert, type ClauseHistory } from './clause-insert'
import { createGroups } from './groups'

const NOT_FOUND = (id: string) =>
  err<never>('library.clause.not-found', `Không tìm thấy điều khoản có mã "${id}" trong thư viện.`)

const INVALID = err<never>(
  'library.clause.invalid',
  'Không thể lưu điều khoản: nội dung không đúng cấu trúc của kế hoạch.'
)
const EMPTY = err<never>('library.clause.empty', 'Không thể lưu điều khoản: nội dung đang trống.')

/** Create/read/update/delete of clauses, keeping near-duplicate groups in step. */
export function createClauseStore(db: Database.Database, now: () => Date = () => new Date()) {
  const groups = createGroups(db)
  const insertMany = createInsert(db, groups, now)
  const select = db.prepare<[number], ClauseRow>(
    `SELECT ${CLAUSE_COLUMNS} FROM ${CLAUSE_FROM} WHERE c.id = ?`
  )
  const remove = db.prepare('DELETE FROM clause WHERE id = ?')

  const get = (id: string): Clause | undefined => {
    const row = findRow(id)
    return row ? rowToClause(row) : undefined
  }

  const replace = db.transaction((row: ClauseRow, patch: ClausePatch): void => {
    const clause = rowToClause(row)
    const fragment = patch.fragment ?? clause.fragment
    const text = fragmentText(fragment)
    const { id: group } = groups.idFor(fragment.kind, dupKey(text))
    const tags = patch.tags ?? clause.tags
    update.run(
      fragment.kind,
      JSON.stringify(fragment),
      text,
      tags.papi ?? null,
      tags.cchc ?? null,
      tags.section ?? null,
      patch.status ?? clause.status,
      group,
      now().toISOString(),
      row.id
    )
    groups.refresh([group, row.group_id])
  })
  const update = db.prepare(`UPDATE clause SET kind = ?, fragment = ?, text = ?, papi = ?,
    cchc = ?, section = ?, status = ?, group_id = ?, updated_at = ? WHERE id = ?`)
  const touch = db.prepare(
    'UPDATE clause SET use_count = use_count + 1, last_used = ? WHERE id = ?'
  )
  const findRow = (id: string): ClauseRow | undefined => {
    const n = rowId(id)
    return n === undefined ? undefined : select.get(n)
  }

  return {
    get,
    insertMany,
    /** Adds one clause; the draft is checked first, as it may come from the renderer. */
    add: (draft: ClauseDraft, history?: ClauseHistory): Result<Clause> => {
      if (!clauseDraftFields.safeParse(draft).success) {
        return INVALID
      }
      if (fragmentText(draft.fragment) === '') {
        return EMPTY
      }
      const [id] = insertMany([{ draft, ...(history ? { history } : {}) }])
      return ok(get(id as string) as Clause)
    },
    /** Changes a clause's fragment, tags or status. */
    update: (id: string, patch: ClausePatch): Result<Clause> => {
      const row = findRow(id)
      if (!row) {
        return NOT_FOUND(id)
      }
      if (patch.fragment && !fragmentSchema.safeParse(patch.fragment).success) {
        return INVALID
      }
      if (patch.fragment && fragmentText(patch.fragment) === '') {
        return EMPTY
      }
      replace(row, patch)
      return ok(get(id) as Clause)
    },
    /** Deletes a clause. */
    remove: db.transaction((id: string): Result<void> => {
      const row = findRow(id)
      if (!row) {
        return NOT_FOUND(id)
      }
      remove.run(row.id)
      groups.refresh([row.group_id])
      return ok(undefined)
    }),
    /** Counts one more use of a clause (inserted into a plan). */
    markUsed: db.transaction((id: string): Result<void> => {
      const row = findRow(id)
      if (!row) {
        return NOT_FOUND(id)
      }
      touch.run(now().toISOString(), row.id)
      groups.refresh([row.group_id])
      return ok(undefined)
    }),
  }
}

/** The clause store's operations. */
export type ClauseStore = ReturnType<typeof createClauseStore>
