import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

/** The latest backup is refreshed when it is older than this. */
const BACKUP_MAX_AGE_MS = 24 * 60 * 60 * 1000
/** Daily generations kept, and weekly ones (the newest of each ISO week) beyond those. */
const KEEP_DAILY = 3
const KEEP_WEEKLY = 4
/** Generation files in `backups/`: `library-2026-12-02.db`; `library-kept-….db` are never pruned. */
const GENERATION = /^library-(\d{4}-\d{2}-\d{2})\.db$/

/** Whether the backup file is missing or older than a day. */
export function backupIsDue(backupPath: string, now: Date): boolean {
  try {
    return now.getTime() - fs.statSync(backupPath).mtimeMs > BACKUP_MAX_AGE_MS
  } catch {
    return true
  }
}

/** The folder of dated backup generations beside the library. */
export function generationsDir(libraryFile: string): string {
  return path.join(path.dirname(libraryFile), 'backups')
}

/** Clauses in a backup file, or undefined when it is missing or unreadable. */
export function backupCount(file: string): number | undefined {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true })
    try {
      if (db.pragma('quick_check', { simple: true }) !== 'ok') {
        return undefined
      }
      return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM clause').get()?.n
    } finally {
      db.close()
    }
  } catch {
    return undefined
  }
}

/**
 * Every backup to restore from, newest first: `library.db.bak`, then the generations in
 * `backups/` by date (kept copies last).
 */
export function listBackups(libraryFile: string): string[] {
  const dir = generationsDir(libraryFile)
  let names: string[] = []
  try {
    names = fs.readdirSync(dir).filter(n => n.startsWith('library-') && n.endsWith('.db'))
  } catch {
    names = []
  }
  const dated = names
    .filter(n => GENERATION.test(n))
    .sort()
    .reverse()
  const kept = names
    .filter(n => !GENERATION.test(n))
    .sort()
    .reverse()
  const latest = `${libraryFile}.bak`
  return [
    ...(fs.existsSync(latest) ? [latest] : []),
    ...[...dated, ...kept].map(n => path.join(dir, n)),
  ]
}

/** ISO week key (`2026-W49`) of a `YYYY-MM-DD` date. */
function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  const weekday = (d.getUTCDay() + 6) % 7
  d.setUTCDate(d.getUTCDate() - weekday + 3)
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4))
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86400000))
  return `${d.getUTCFullYear()}-W${week}`
}

/** The generations to delete: all but the newest 3 days and the newest of each of 4 weeks. */
export function generationsToPrune(names: readonly string[]): string[] {
  const days = names
    .flatMap(n => GENERATION.exec(n)?.[1] ?? [])
    .sort()
    .reverse()
  const keep = new Set(days.slice(0, KEEP_DAILY))
  const weeks = new Set<string>()
  for (const day of days) {
    const week = isoWeek(day)
    if (!weeks.has(week) && weeks.size < KEEP_WEEKLY) {
      weeks.add(week)
      keep.add(day)
    }
  }
  return days.filter(d => !keep.has(d)).map(d => `library-${d}.db`)
}

/** Why a backup was not written. */
export type BackupHeld = {
  readonly held: true
  readonly backupCount: number
  readonly count: number
}

/**
 * Writes a consistent copy of the open database through SQLite's online backup (safe while the
 * app keeps working) to today's generation and to `library.db.bak`, each via a temp file renamed
 * into place, then prunes old generations. A library with far fewer clauses than the latest
 * backup (under half, and 20 or more fewer) never replaces it: the backup is held and reported,
 * since that is what a library silently started anew looks like.
 */
export async function writeBackup(
  db: Database.Database,
  backupPath: string,
  now: Date = new Date()
): Promise<BackupHeld | { readonly held: false }> {
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM clause').get()?.n ?? 0
  const previous = fs.existsSync(backupPath) ? backupCount(backupPath) : undefined
  if (previous !== undefined && count < previous / 2 && previous - count >= 20) {
    return { held: true, backupCount: previous, count }
  }
  const libraryFile = backupPath.replace(/\.bak$/, '')
  const dir = generationsDir(libraryFile)
  fs.mkdirSync(dir, { recursive: true })
  const day = now.toISOString().slice(0, 10)
  const generation = path.join(dir, `library-${day}.db`)
  const temporary = `${generation}.tmp`
  await db.backup(temporary)
  fs.copyFileSync(temporary, `${backupPath}.tmp`)
  fs.renameSync(temporary, generation)
  fs.renameSync(`${backupPath}.tmp`, backupPath)
  for (const name of generationsToPrune(fs.readdirSync(dir))) {
    fs.rmSync(path.join(dir, name), { force: true })
  }
  return { held: false }
}
