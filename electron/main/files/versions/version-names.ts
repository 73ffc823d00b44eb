import { createHash, randomBytes } from 'node:crypto'
import path from 'node:path'

/** The extension of a version file. */
export const VERSION_EXT = '.skhv'

/** A plan file's path as a key: resolved, and case-folded on Windows where paths ignore case. */
export function planKey(file: string): string {
  const resolved = path.resolve(file)
  return process.platform === 'win32' ? resolved.toLowerCase() : resolved
}

/** The name of a plan's version folder: a hash of its key (any path gives a safe, short name). */
export function versionFolderName(file: string): string {
  return createHash('sha256').update(planKey(file)).digest('hex').slice(0, 32)
}

/** A new version id: the UTC time to the millisecond (sorts by time) and 4 random hex digits. */
export function newVersionId(time: number): string {
  const stamp = new Date(time).toISOString().replace(/[-:.Z]/g, '')
  return `${stamp}-${randomBytes(2).toString('hex')}`
}

/** The save time an id names (UTC, to the millisecond). */
export function versionIdTime(id: string): number {
  const n = (from: number, to: number) => Number(id.slice(from, to))
  return Date.UTC(n(0, 4), n(4, 6) - 1, n(6, 8), n(9, 11), n(11, 13), n(13, 15), n(15, 18))
}
