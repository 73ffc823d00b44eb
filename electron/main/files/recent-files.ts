import path from 'node:path'
import { z } from 'zod'
import type { RecentFile } from '../../../shared/ipc/contract'
import { removeStaleTemps } from './atomic-write'
import { readJson, writeJson } from './json-store'

const MAX_RECENT = 10
const schema = z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() }))

/** The recently used plan files, most recent first (kept in `recent.json` in the data dir). */
export class RecentFiles {
  private readonly file: string

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'recent.json')
  }

  /** Lists recent files, most recent first. */
  list(): RecentFile[] {
    return readJson(this.file, [], raw => schema.safeParse(raw).data)
  }

  /** Moves (or adds) a file to the top of the list. */
  touch(file: string, title: string): void {
    const rest = this.list().filter(r => path.resolve(r.path) !== path.resolve(file))
    writeJson(
      this.file,
      [{ path: file, title, openedAt: new Date().toISOString() }, ...rest].slice(0, MAX_RECENT)
    )
  }

  /** Removes temp files that killed saves left beside the recent plans (called at start-up). */
  removeStaleTemps(): number {
    return this.list().reduce((n, r) => n + removeStaleTemps(r.path), 0)
  }

  /** Empties the list. */
  clear(): void {
    writeJson(this.file, [])
  }
}
