import fs from 'node:fs'
import { writeFileAtomic } from './atomic-write'

/** Reads a small JSON settings file; a missing or unreadable file gives the fallback. */
export function readJson<T>(file: string, fallback: T, accept: (raw: unknown) => T | undefined): T {
  try {
    return accept(JSON.parse(fs.readFileSync(file, 'utf8'))) ?? fallback
  } catch {
    return fallback
  }
}

/** Writes a small JSON settings file atomically. */
export function writeJson(file: string, value: unknown): void {
  writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`)
}
