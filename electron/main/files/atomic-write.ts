import fs from 'node:fs'
import path from 'node:path'

/** The file operations an atomic write needs; tests inject failures through this. */
export type WriteOps = {
  readonly writeFile: (file: string, data: string | Uint8Array) => void
  readonly rename: (from: string, to: string) => void
}

const realOps: WriteOps = {
  writeFile: (file, data) => {
    const fd = fs.openSync(file, 'w')
    try {
      fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
  },
  rename: (from, to) => fs.renameSync(from, to),
}

/** Temp files our saves leave beside `base` when killed: `.<base>.<pid>.<ms>.tmp`. */
function tempPattern(base: string): RegExp {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^\\.${escaped}(\\.bak)?\\.(\\d+)\\.(\\d+)\\.tmp$`)
}

/** How old a living process's temp file must be before it counts as left by a killed save. */
const STALE_MS = 60_000

/** Whether a process with this id is running (signal 0 only asks; works on Windows too). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM'
  }
}

/**
 * Removes the temp files that killed saves of `file` left beside it: ours from earlier writes
 * (a write is synchronous, so none of ours is in flight), those of processes no longer running,
 * and any older than a minute (a save takes milliseconds). Never fails.
 */
export function removeStaleTemps(file: string, now = Date.now()): number {
  const dir = path.dirname(file)
  const pattern = tempPattern(path.basename(file))
  let removed = 0
  let names: string[] = []
  try {
    names = fs.readdirSync(dir)
  } catch {
    return 0
  }
  for (const name of names) {
    const m = pattern.exec(name)
    const pid = Number(m?.[2])
    if (m && (pid === process.pid || now - Number(m[3]) > STALE_MS || !alive(pid))) {
      try {
        fs.rmSync(path.join(dir, name), { force: true })
        removed++
      } catch {
        // Locked by another program (antivirus): the next save tries again.
      }
    }
  }
  return removed
}

/** Removes stale temp files of every file in `dir` (the autosave folder at start-up). */
export function removeStaleTempsIn(dir: string, now = Date.now()): number {
  let names: string[] = []
  try {
    names = fs.readdirSync(dir)
  } catch {
    return 0
  }
  const bases = new Set(
    names.flatMap(n => {
      const m = /^\.(.+?)(\.bak)?\.\d+\.\d+\.tmp$/.exec(n)
      return m?.[1] ? [m[1]] : []
    })
  )
  let removed = 0
  for (const base of bases) {
    removed += removeStaleTemps(path.join(dir, base), now)
  }
  return removed
}

/** Flushes a folder's entry list after a rename, where the platform allows it (not Windows). */
function syncDir(dir: string): void {
  if (process.platform === 'win32') {
    return
  }
  try {
    const fd = fs.openSync(dir, 'r')
    try {
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
  } catch {
    // Some file systems (network shares) refuse it; the rename itself is still atomic.
  }
}

/**
 * Makes `<file>.bak` the current content of `file`, crash-safe: a hard link of the old file (or,
 * where links are not allowed, as on FAT USB sticks, a flushed copy) under a temp name, renamed
 * over the old `.bak`. A kill at any moment leaves the previous `.bak` or the new one, whole.
 */
function keepBackup(file: string, stamp: string, ops: WriteOps): void {
  const dir = path.dirname(file)
  const temp = path.join(dir, `.${path.basename(file)}.bak.${stamp}.tmp`)
  try {
    fs.linkSync(file, temp)
  } catch {
    ops.writeFile(temp, fs.readFileSync(file))
  }
  ops.rename(temp, `${file}.bak`)
  // When `.bak` is already a link to the same file (a save killed between this rename and the
  // plan's own), POSIX rename does nothing and leaves the temp name: remove it.
  fs.rmSync(temp, { force: true })
}

/**
 * Writes a file so that a crash or power cut at any moment leaves either the old or the new
 * content: write a temp file beside it, flush, then rename over the target and flush the folder.
 * With `backup`, the previous version is kept as `<file>.bak` first, just as safely. Temp files
 * left by killed saves of the same file are removed.
 *
 * Temp files are not given Windows' hidden attribute: `attrib +h` runs asynchronously and a
 * rename keeps attributes, so it could hide the saved plan itself.
 */
export function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: { readonly backup?: boolean; readonly ops?: WriteOps } = {}
): void {
  const ops = options.ops ?? realOps
  const dir = path.dirname(file)
  fs.mkdirSync(dir, { recursive: true })
  removeStaleTemps(file)
  const stamp = `${process.pid}.${Date.now()}`
  const temp = path.join(dir, `.${path.basename(file)}.${stamp}.tmp`)
  try {
    ops.writeFile(temp, data)
    if (options.backup && fs.existsSync(file)) {
      keepBackup(file, stamp, ops)
    }
    ops.rename(temp, file)
    syncDir(dir)
  } catch (error) {
    fs.rmSync(temp, { force: true })
    throw error
  }
}
