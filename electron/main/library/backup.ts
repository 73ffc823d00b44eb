import fs from 'node:fs'
import type Database from 'better-sqlite3'

/** The backup is refreshed when it is older than this. */
const BACKUP_MAX_AGE_MS = 24 * 60 * 60 * 1000

/** Whether the backup file is missing or older than a day. */
export function backupIsDue(backupPath: string, now: Date): boolean {
  try {
    return now.getTime() - fs.statSync(backupPath).mtimeMs > BACKUP_MAX_AGE_MS
  } catch {
    return true
  }
}

/**
 * Writes a consistent copy of the open database to `backupPath` through SQLite's online backup
 * (safe while the app keeps working), via a temporary file so a crash never leaves half a backup.
 */
export async function writeBackup(db: Database.Database, backupPath: string): Promise<void> {
  const temporary = `${backupPath}.tmp`
  await db.backup(temporary)
  fs.renameSync(temporary, backupPath)
}
