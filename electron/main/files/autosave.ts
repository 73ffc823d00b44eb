import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { AutosaveEntry, OpenedPlan } from '../../../shared/ipc/contract'
import { err, ok, type Result } from '../../../shared/result'
import { serialisePlan } from '../../../shared/model/serialise'
import type { Plan } from '../../../shared/model/types'
import { removeStaleTempsIn, writeFileAtomic } from './atomic-write'
import { parsePlanBytes } from './plan-files'
import { describeFsError } from './fs-errors'

const metaSchema = z.object({
  id: z.string(),
  path: z.string().optional(),
  title: z.string(),
  savedAt: z.string(),
})

/**
 * Unsaved work, one pair of files per editing session in `<dataDir>/autosave/`: `<id>.kehoach`
 * (the plan) and `<id>.json` (what it belongs to). A clean save or close discards the pair; what is
 * left at start-up is offered for recovery.
 */
export class Autosave {
  private readonly dir: string

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'autosave')
  }

  /** Removes temp files that autosaves killed mid-write left (called once at start-up). */
  removeStaleTemps(): number {
    return removeStaleTempsIn(this.dir)
  }

  /** Stores the current state of a session's plan. */
  write(id: string, file: string | undefined, plan: Plan): Result<void> {
    try {
      writeFileAtomic(this.planPath(id), serialisePlan(plan))
      const meta = {
        id,
        ...(file ? { path: file } : {}),
        title: plan.subject,
        savedAt: new Date().toISOString(),
      }
      writeFileAtomic(this.metaPath(id), JSON.stringify(meta))
      return ok(undefined)
    } catch (error) {
      const e = describeFsError(error, 'tự động lưu', this.planPath(id))
      return err(e.code, e.message)
    }
  }

  /** Lists recoverable sessions, newest first. */
  list(): AutosaveEntry[] {
    let names: string[]
    try {
      names = fs.readdirSync(this.dir).filter(n => n.endsWith('.json'))
    } catch {
      return []
    }
    const entries = names.flatMap(name => {
      try {
        const meta = metaSchema.parse(
          JSON.parse(fs.readFileSync(path.join(this.dir, name), 'utf8'))
        )
        return fs.existsSync(this.planPath(meta.id)) ? [meta] : []
      } catch {
        return []
      }
    })
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  }

  /** Reads a session's plan back (the path it belonged to is kept in `path` if it had one). */
  read(id: string): Result<OpenedPlan> {
    try {
      const opened = parsePlanBytes(fs.readFileSync(this.planPath(id)), this.planPath(id))
      if (!opened.ok) {
        return opened
      }
      const meta = this.list().find(e => e.id === id)
      return ok({ ...opened.value, path: meta?.path ?? '' })
    } catch (error) {
      const e = describeFsError(error, 'khôi phục', this.planPath(id))
      return err(e.code, e.message)
    }
  }

  /** Forgets a session's autosave. */
  discard(id: string): void {
    fs.rmSync(this.planPath(id), { force: true })
    fs.rmSync(this.metaPath(id), { force: true })
  }

  private planPath(id: string): string {
    return path.join(this.dir, `${id}.kehoach`)
  }

  private metaPath(id: string): string {
    return path.join(this.dir, `${id}.json`)
  }
}
