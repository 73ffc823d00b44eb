import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { AppError } from '../../../shared/result'
import { backupCount, generationsDir, listBackups } from './backup'
import { createLibrary, type Library, type LibraryPaths } from './library'
import { migrate } from './schema'

/** File name of the library database inside the data directory. */
export const LIBRARY_FILE = 'library.db'

/** The outcome of opening the library. */
export type LibraryOpenResult =
  | { readonly ok: true; readonly library: Library }
  | {
      readonly ok: false
      readonly error: AppError
      /** Where the damaged file was moved (corruption only). */
      readonly movedTo?: string
      readonly backupExists: boolean
      /**
       * Damage only: replaces the library with a backup (`from`, or the newest intact one) and
       * opens it (or, without a backup, opens a new empty library).
       */
      readonly restoreFromBackup?: (from?: string) => LibraryOpenResult
      /** Damage only: the clerk's explicit choice to start an empty library, backups kept. */
      readonly startEmpty?: () => LibraryOpenResult
    }

/**
 * Left beside a damaged library while a backup exists: until the clerk restores or chooses to
 * start empty, every open reports the damage again instead of creating a new library.
 */
const DAMAGED_MARKER = 'library.damaged.json'

/** Paths of the library files in a data directory. */
export function libraryPaths(dir: string): LibraryPaths {
  const file = path.join(dir, LIBRARY_FILE)
  return { file, backup: `${file}.bak` }
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code)
}

/** File-system trouble (permissions, locks, full disk): reported, not thrown. */
function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code
  return (
    typeof code === 'string' &&
    /^(SQLITE_(CANTOPEN|READONLY|BUSY|LOCKED|PERM|IOERR|FULL)|EACCES|EPERM|EROFS|ENOSPC|ENOTDIR)/.test(
      code
    )
  )
}

type Outcome = Library | 'corrupt' | 'newer' | 'unavailable'

/** Opens, checks and migrates the database; throws only on bugs. */
function openChecked(paths: LibraryPaths): Outcome {
  let db: Database.Database
  try {
    fs.mkdirSync(path.dirname(paths.file), { recursive: true })
    db = new Database(paths.file)
  } catch (error) {
    if (isUnavailable(error)) {
      return 'unavailable'
    }
    throw error
  }
  try {
    // The CLI and the app may hold the file at once; wait for the other writer instead of failing.
    db.pragma('busy_timeout = 5000')
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') {
      db.close()
      return 'corrupt'
    }
    if (migrate(db) === 'newer') {
      db.close()
      return 'newer'
    }
    return createLibrary(db, paths)
  } catch (error) {
    db.close()
    if (isCorruption(error)) {
      return 'corrupt'
    }
    if (isUnavailable(error)) {
      return 'unavailable'
    }
    throw error
  }
}

/** Moves the database and its WAL side files aside; returns the new path of the main file. */
function moveAside(paths: LibraryPaths, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const target = `${paths.file}.corrupt-${stamp}`
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(paths.file + suffix)) {
      fs.renameSync(paths.file + suffix, target + suffix)
    }
  }
  return target
}

function restoreFromBackup(dir: string, from?: string): LibraryOpenResult {
  const paths = libraryPaths(dir)
  const source = from ?? listBackups(paths.file).find(b => backupCount(b) !== undefined)
  if (source === undefined || backupCount(source) === undefined) {
    return {
      ok: false,
      error: {
        code: 'library.no-good-backup',
        message: from
          ? `Không khôi phục được: bản sao lưu ${from} không đọc được hoặc bị hỏng.`
          : 'Không khôi phục được: không có bản sao lưu nào còn đọc được.',
      },
      backupExists: false,
      startEmpty: () => startEmpty(dir),
    }
  }
  for (const suffix of ['-wal', '-shm']) {
    fs.rmSync(paths.file + suffix, { force: true })
  }
  // Copied under a temp name and renamed: a kill mid-copy leaves no half library.
  fs.copyFileSync(source, `${paths.file}.restore.tmp`)
  fs.renameSync(`${paths.file}.restore.tmp`, paths.file)
  fs.rmSync(path.join(dir, DAMAGED_MARKER), { force: true })
  return openLibrary(dir)
}

/** Starts an empty library on purpose; the old latest backup is kept as `backups/library-kept-…`. */
function startEmpty(dir: string, now = new Date()): LibraryOpenResult {
  const paths = libraryPaths(dir)
  if (fs.existsSync(paths.backup)) {
    const kept = path.join(
      generationsDir(paths.file),
      `library-kept-${now.toISOString().replace(/[:.]/g, '-')}.db`
    )
    fs.mkdirSync(path.dirname(kept), { recursive: true })
    fs.renameSync(paths.backup, kept)
  }
  if (fs.existsSync(paths.file)) {
    moveAside(paths, now)
  }
  fs.rmSync(path.join(dir, DAMAGED_MARKER), { force: true })
  return openLibrary(dir)
}

/**
 * A library file that is gone or empty although its latest backup has clauses. (Starting empty
 * on purpose moves that backup to `backups/library-kept-…`, so it no longer counts here.)
 */
function lostWithBackup(paths: LibraryPaths): boolean {
  let size: number
  try {
    size = fs.statSync(paths.file).size
  } catch {
    size = -1
  }
  return size <= 0 && (backupCount(paths.backup) ?? 0) > 0
}

type Marker = { readonly movedTo?: string; readonly at: string }

function readMarker(dir: string): Marker | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, DAMAGED_MARKER), 'utf8')) as Marker
  } catch {
    return undefined
  }
}

/**
 * Opens the clause library in `dir` (created if missing). A damaged file is moved aside to
 * `library.db.corrupt-<timestamp>` and reported, with whether a backup exists and a way to
 * restore it; a file from a newer version of the app is reported and left untouched.
 */
export function openLibrary(dir: string, now: () => Date = () => new Date()): LibraryOpenResult {
  const paths = libraryPaths(dir)
  const marked = readMarker(dir)
  if (marked || lostWithBackup(paths)) {
    return damaged(dir, paths, now, marked)
  }
  const opened = openChecked(paths)
  const backupExists = listBackups(paths.file).length > 0
  const restore = (from?: string): LibraryOpenResult =>
    backupExists ? restoreFromBackup(dir, from) : openLibrary(dir, now)
  if (opened === 'unavailable') {
    return {
      ok: false,
      error: {
        code: 'library.unavailable',
        message: `Không thể mở thư viện điều khoản: không đọc/ghi được tệp ${paths.file} (thiếu quyền, ổ đĩa đầy hoặc tệp đang bị khóa).`,
      },
      backupExists,
    }
  }
  if (opened === 'newer') {
    return {
      ok: false,
      error: {
        code: 'library.newer-version',
        message:
          'Không thể mở thư viện điều khoản: tệp được tạo bởi phiên bản mới hơn của Soạn Kế hoạch. Hãy cập nhật ứng dụng.',
      },
      backupExists,
    }
  }
  if (opened === 'corrupt') {
    const movedTo = moveAside(paths, now())
    if (backupExists) {
      writeMarker(dir, { movedTo, at: now().toISOString() })
      return damaged(dir, paths, now, { movedTo, at: now().toISOString() })
    }
    return {
      ok: false,
      error: {
        code: 'library.corrupted',
        message: backupExists
          ? 'Tệp thư viện điều khoản bị hỏng và đã được chuyển sang chỗ khác. Có thể khôi phục từ bản sao lưu.'
          : 'Tệp thư viện điều khoản bị hỏng và đã được chuyển sang chỗ khác. Không có bản sao lưu; thư viện sẽ bắt đầu trống.',
      },
      movedTo,
      backupExists,
      restoreFromBackup: restore,
    }
  }
  return { ok: true, library: opened }
}

function writeMarker(dir: string, marker: Marker): void {
  fs.writeFileSync(path.join(dir, DAMAGED_MARKER), JSON.stringify(marker))
}

/** The damaged state, reported on every open until the clerk restores or starts empty. */
function damaged(
  dir: string,
  paths: LibraryPaths,
  now: () => Date,
  marker: Marker | undefined
): LibraryOpenResult {
  if (!marker) {
    // A library file gone or emptied: move an empty one aside so nothing opens it by mistake.
    const movedTo = fs.existsSync(paths.file) ? moveAside(paths, now()) : undefined
    marker = { ...(movedTo ? { movedTo } : {}), at: now().toISOString() }
    writeMarker(dir, marker)
  }
  return {
    ok: false,
    error: {
      code: 'library.corrupted',
      message:
        'Tệp thư viện điều khoản bị hỏng hoặc bị mất nhưng còn bản sao lưu. Hãy khôi phục từ bản sao lưu (hoặc chủ động chọn bắt đầu thư viện trống); chương trình không tự tạo thư viện mới.',
    },
    ...(marker.movedTo ? { movedTo: marker.movedTo } : {}),
    backupExists: true,
    restoreFromBackup: (from?: string) => restoreFromBackup(dir, from),
    startEmpty: () => startEmpty(dir, now()),
  }
}
