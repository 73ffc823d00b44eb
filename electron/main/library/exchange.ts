import type Database from 'better-sqlite3'
import { dupKey } from '../../../shared/library/dup-key'
import {
  parseLibraryFile,
  serialiseLibraryFile,
  type ExchangedClause,
} from '../../../shared/library/exchange-format'
import { fragmentText } from '../../../shared/library/fragment-text'
import { ok, type Result } from '../../../shared/result'
import type { Clause } from '../../../shared/library/types'
import { CLAUSE_COLUMNS, CLAUSE_FROM, rowId, rowToClause, type ClauseRow } from './clause-row'
import type { ClauseStore } from './clause-store'

/** What an import did. */
export type ImportSummary = { readonly added: number; readonly skipped: number }

function exchanged(clause: Clause): ExchangedClause {
  return {
    kind: clause.kind,
    fragment: clause.fragment,
    text: clause.text,
    tags: clause.tags,
    source: clause.source,
    status: clause.status,
    createdAt: clause.createdAt,
    updatedAt: clause.updatedAt,
    useCount: clause.useCount,
    ...(clause.lastUsed ? { lastUsed: clause.lastUsed } : {}),
  }
}

/** Export and import of clause exchange files. */
export function createExchange(db: Database.Database, store: ClauseStore, now: () => Date) {
  const all = db.prepare<[], ClauseRow>(
    `SELECT ${CLAUSE_COLUMNS} FROM ${CLAUSE_FROM} ORDER BY c.id`
  )
  const one = db.prepare<[number], ClauseRow>(
    `SELECT ${CLAUSE_COLUMNS} FROM ${CLAUSE_FROM} WHERE c.id = ?`
  )
  const same = db.prepare<[string, string, string], { id: number }>(
    `SELECT c.id FROM ${CLAUSE_FROM} WHERE g.kind = ? AND g.dup_key = ? AND c.text = ? LIMIT 1`
  )

  return {
    /** The content of an exchange file holding the given clauses (all when `ids` is omitted). */
    exportClauses: (ids?: readonly string[]): string => {
      const rows = ids
        ? ids.flatMap(id => {
            const n = rowId(id)
            const row = n === undefined ? undefined : one.get(n)
            return row ? [row] : []
          })
        : all.all()
      return serialiseLibraryFile(
        rows.map(row => exchanged(rowToClause(row))),
        now()
      )
    },
    /**
     * Merges an exchange file: a clause whose kind, near-duplicate key and exact text are already
     * present is skipped; the others are added with their provenance and history. A refused file
     * (not JSON, other kind, newer version, malformed clause) changes nothing.
     */
    importClauses: (content: string): Result<ImportSummary> => {
      const parsed = parseLibraryFile(content)
      if (!parsed.ok) {
        return parsed
      }
      const seen = new Set<string>()
      const fresh = parsed.value.filter(clause => {
        const text = fragmentText(clause.fragment)
        const identity = `${clause.kind}\u0000${text}`
        const known = seen.has(identity) || same.get(clause.kind, dupKey(text), text) !== undefined
        seen.add(identity)
        return !known && text !== ''
      })
      store.insertMany(
        fresh.map(({ createdAt, updatedAt, useCount, lastUsed, ...draft }) => ({
          draft,
          history: { createdAt, updatedAt, useCount, lastUsed },
        }))
      )
      return ok({ added: fresh.length, skipped: parsed.value.length - fresh.length })
    },
  }
}
