import Database from 'better-sqlite3'
import type { Library } from '../../../../electron/main/library/library'
import { openServer } from '../../../../electron/main/library/server/connect'
import { migrateServer } from '../../../../electron/main/library/server/migrate'
import type { SyncOptions, SyncRunSummary } from '../../../../electron/main/library/sync/engine'
import { open, paragraph, tempDir } from '../helpers'
import type { PgCluster } from './pg-cluster'

/** A clerk: a login on an office's database and a data folder of their own. */
export type Clerk = {
  readonly database: string
  readonly user: string
  readonly password: string
  readonly dir: string
  library: Library
}

/**
 * Creates the server schema as the admin (what `library server init` does), in database
 * `database` (created first unless it is `skh`), so each test has an office of its own.
 */
export async function initServer(cluster: PgCluster, database = 'skh'): Promise<void> {
  if (database !== 'skh') {
    const creator = await cluster.admin()
    await creator.query(`CREATE DATABASE ${creator.escapeIdentifier(database)}`)
    await creator.end()
  }
  const admin = await cluster.admin(database)
  try {
    const result = await migrateServer(admin)
    if (!result.ok) {
      throw new Error(result.error.message)
    }
  } finally {
    await admin.end()
  }
}

/** A new clerk login (curator when asked) of an office's database, with an empty library. */
export async function newClerk(
  cluster: PgCluster,
  database: string,
  user: string,
  curator = false
): Promise<Clerk> {
  const password = `mật khẩu của ${user}`
  await cluster.createUser(user, password, curator)
  const dir = tempDir()
  return { database, user, password, dir, library: open(dir) }
}

/** One sync of a clerk's library with the server. */
export async function sync(
  cluster: PgCluster,
  clerk: Clerk,
  options: SyncOptions = {}
): Promise<SyncRunSummary> {
  const opened = await openServer(cluster.settings(clerk.user, clerk.database), clerk.password)
  if (!opened.ok) {
    throw new Error(opened.error.message)
  }
  try {
    return await clerk.library.sync.sync(opened.value, options)
  } finally {
    await opened.value.end().catch(() => undefined)
  }
}

/** A clause row as compared across clerks. */
export type Row = { uid: string; text: string; status: string; revision: number }

/** Every clause of a library, by uid (read through a second connection). */
export function rows(clerk: Clerk): Row[] {
  const db = new Database(clerk.library.paths.file, { readonly: true })
  try {
    return db.prepare('SELECT uid, text, status, revision FROM clause ORDER BY uid').all() as Row[]
  } finally {
    db.close()
  }
}

/** The text of every clause, sorted. */
export function texts(clerk: Clerk): string[] {
  return rows(clerk)
    .map(row => row.text)
    .sort()
}

/** Adds a paragraph clause; returns its uid. */
export function addText(clerk: Clerk, text: string): string {
  const added = clerk.library.add(paragraph(text))
  if (!added.ok) {
    throw new Error(added.error.message)
  }
  return uidOf(clerk, added.value.id)
}

/** The uid of a local clause id. */
export function uidOf(clerk: Clerk, id: string): string {
  const db = new Database(clerk.library.paths.file, { readonly: true })
  try {
    const row = db.prepare('SELECT uid FROM clause WHERE id = ?').get(Number(id)) as {
      uid: string
    }
    return row.uid
  } finally {
    db.close()
  }
}

/** The local id of a clause uid. */
export function idOf(clerk: Clerk, uid: string): string {
  const db = new Database(clerk.library.paths.file, { readonly: true })
  try {
    const row = db.prepare('SELECT id FROM clause WHERE uid = ?').get(uid) as
      { id: number } | undefined
    if (!row) {
      throw new Error(`no clause ${uid}`)
    }
    return String(row.id)
  } finally {
    db.close()
  }
}

/** Replaces a clause's text. */
export function editText(clerk: Clerk, uid: string, text: string): void {
  const updated = clerk.library.update(idOf(clerk, uid), {
    fragment: paragraph(text).fragment,
  })
  if (!updated.ok) {
    throw new Error(updated.error.message)
  }
}
