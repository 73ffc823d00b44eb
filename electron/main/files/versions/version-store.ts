import fs from 'node:fs'
import path from 'node:path'
import { err, ok, type Result } from '../../../../shared/result'
import { PLAN_FILE_FORMAT, SCHEMA_VERSION, type Plan } from '../../../../shared/model/types'
import { planCensus, type PlanCensus } from '../../../../shared/versions/plan-census'
import { summariseCensus } from '../../../../shared/versions/summarise-changes'
import {
  VERSION_ID_PATTERN,
  type VersionInfo,
  type VersionList,
  type VersionPlan,
} from '../../../../shared/versions/types'
import { removeStaleTempsIn, writeFileAtomic } from '../atomic-write'
import { describeFsError } from '../fs-errors'
import { parsePlanBytes } from '../plan-files'
import { readLimited } from '../read-limited'
import { decodeHeader, decodePlanText, encodeVersion } from './version-file'
import { localDay, VERSION_POLICY, versionsToKeep, type PrunePolicy } from './prune'
import {
  newVersionId,
  planKey,
  VERSION_EXT as EXT,
  versionFolderName,
  versionIdTime,
} from './version-names'

/** The versions asked for by `recordSoon` in this process and not yet written, in order. */
let pending: Promise<void> = Promise.resolve()

/** The last version recorded for a folder, kept so the next save's summary needs no disk read. */
type Latest = { readonly id: string; readonly text: string; readonly census: PlanCensus }

/**
 * The versions of saved plans, one folder per plan in `<dataDir>/versions/<hash of its path>/`,
 * one file per version (see version-file.ts), pruned at every save (see prune.ts).
 *
 * Why the data folder and not a sidecar beside the plan: clerks send `.kehoach` files on and keep
 * them on shared folders and USB sticks; a sidecar would carry every earlier draft along with the
 * plan, and clutter their folder (a dot-name is not hidden on Windows). The cost: a plan moved or
 * renamed outside the app starts a new list.
 */
export class VersionStore {
  private readonly root: string
  private readonly latest = new Map<string, Latest>()

  constructor(
    dataDir: string,
    private readonly policy: PrunePolicy = VERSION_POLICY,
    private readonly now: () => number = Date.now
  ) {
    this.root = path.join(dataDir, 'versions')
  }

  /**
   * Keeps `plan` as a version once the current turn is over, so a save answers the clerk before
   * its version is compressed and written. `settled()` waits for every version asked for so far.
   */
  recordSoon(file: string, plan: Plan): void {
    pending = pending.then(
      () =>
        new Promise<void>(resolve =>
          setImmediate(() => {
            this.record(file, plan)
            resolve()
          })
        )
    )
  }

  /** Resolves when every version asked for by `recordSoon` is written (or failed). */
  settled(): Promise<void> {
    return pending
  }

  /**
   * Keeps `plan`, just saved to `file`, as a new version with a summary of what changed since the
   * previous one, then prunes. A plan identical to the previous version adds nothing (undefined).
   */
  record(file: string, plan: Plan): Result<VersionInfo | undefined> {
    const dir = this.folder(file)
    try {
      removeStaleTempsIn(dir)
      const text = JSON.stringify({ format: PLAN_FILE_FORMAT, schemaVersion: SCHEMA_VERSION, plan })
      const previous = this.previous(dir)
      if (previous?.text === text) {
        return ok(undefined)
      }
      const census = planCensus(plan)
      const time = this.now()
      const id = newVersionId(time)
      const header = {
        savedAt: new Date(time).toISOString(),
        summary: summariseCensus(previous?.census, census),
        path: path.resolve(file),
      }
      const bytes = encodeVersion(header, text)
      writeFileAtomic(path.join(dir, `${id}${EXT}`), bytes)
      this.latest.set(dir, { id, text, census })
      this.prune(dir)
      return ok({ id, savedAt: header.savedAt, summary: header.summary, size: bytes.length })
    } catch (error) {
      const e = describeFsError(error, 'lưu phiên bản của', file)
      return err(e.code, e.message)
    }
  }

  /** The versions of `file`, newest first; damaged files are counted, not listed. */
  list(file: string): Result<VersionList> {
    const dir = this.folder(file)
    const versions: VersionInfo[] = []
    let damaged = 0
    for (const id of this.ids(dir)) {
      const bytes = readLimited(path.join(dir, `${id}${EXT}`), 'version')
      const header = bytes.ok ? decodeHeader(bytes.value) : bytes
      if (!header.ok) {
        // A version pruned meanwhile is simply gone; anything else is a damaged file.
        damaged += header.error.code === 'file.not-found' ? 0 : 1
      } else if (planKey(header.value.path) === planKey(file)) {
        const { savedAt, summary } = header.value
        versions.push({ id, savedAt, summary, size: bytes.ok ? bytes.value.length : 0 })
      }
    }
    return ok({ versions, damaged })
  }

  /** One version's plan, restored like an opened file; a damaged one gives a Vietnamese message. */
  read(file: string, id: string): Result<VersionPlan> {
    if (!VERSION_ID_PATTERN.test(id)) {
      return err('version.not-found', 'Không tìm thấy phiên bản này.')
    }
    const target = path.join(this.folder(file), `${id}${EXT}`)
    const bytes = readLimited(target, 'version')
    if (!bytes.ok) {
      return bytes.error.code === 'file.not-found'
        ? err('version.not-found', 'Không tìm thấy phiên bản này (có thể đã được dọn bớt khi lưu).')
        : bytes
    }
    const header = decodeHeader(bytes.value)
    const text = decodePlanText(bytes.value)
    if (!header.ok || !text.ok) {
      return header.ok ? (text as Result<never>) : header
    }
    const opened = parsePlanBytes(Buffer.from(text.value, 'utf8'), target)
    if (!opened.ok) {
      return err('version.damaged', `Phiên bản này không mở được: ${opened.error.message}`)
    }
    const { savedAt, summary } = header.value
    const info = { id, savedAt, summary, size: bytes.value.length }
    return ok({ info, plan: opened.value.plan, repairs: opened.value.repairs })
  }

  /** The folder of a plan's versions: a hash of its resolved path (case-folded on Windows). */
  folder(file: string): string {
    return path.join(this.root, versionFolderName(file))
  }

  /** The version ids in a folder, newest first. */
  private ids(dir: string): string[] {
    let names: string[]
    try {
      names = fs.readdirSync(dir)
    } catch {
      return []
    }
    return names
      .filter(n => n.endsWith(EXT) && VERSION_ID_PATTERN.test(n.slice(0, -EXT.length)))
      .map(n => n.slice(0, -EXT.length))
      .sort()
      .reverse()
  }

  /** The newest readable version (from memory when this process wrote it), for the summary. */
  private previous(dir: string): Latest | undefined {
    const ids = this.ids(dir)
    const cached = this.latest.get(dir)
    if (cached && cached.id === ids[0]) {
      return cached
    }
    // A damaged newest version must not stop the summary: try a few older ones.
    for (const id of ids.slice(0, 3)) {
      const bytes = readLimited(path.join(dir, `${id}${EXT}`), 'version')
      const text = bytes.ok ? decodePlanText(bytes.value) : bytes
      const opened = text.ok ? parsePlanBytes(Buffer.from(text.value, 'utf8'), dir) : text
      if (opened.ok && text.ok) {
        return { id, text: text.value, census: planCensus(opened.value.plan) }
      }
    }
    return undefined
  }

  /** Deletes the versions the policy no longer keeps. A file that cannot go now goes next time. */
  private prune(dir: string): void {
    const stored = this.ids(dir).flatMap(id => {
      const name = `${id}${EXT}`
      try {
        return [{ name, time: versionIdTime(id), size: fs.statSync(path.join(dir, name)).size }]
      } catch {
        return []
      }
    })
    const keep = versionsToKeep(stored, this.policy, localDay)
    for (const { name } of stored) {
      if (!keep.has(name)) {
        try {
          fs.rmSync(path.join(dir, name), { force: true })
        } catch {
          // Locked by another program (antivirus): pruned at a later save.
        }
      }
    }
  }
}
