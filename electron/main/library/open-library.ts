import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { AppError } from '../../../shared/ipc/result'
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
       * Corruption only: replaces the library with the backup copy and opens it (or, without a
       * backup, opens a new empty library).
       */
      readonly restoreFromBackup?: () => LibraryOpenResult
    }

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

function restoreFromBackup(dir: string): LibraryOpenResult {
  const paths = libraryPaths(dir)
  for (const suffix of ['-wal', '-shm']) {
    fs.rmSync(paths.file + suffix, { force: true })
  }
  fs.copyFileSync(paths.backup, paths.file)
  return openLibrary(dir)
}

/**
 * Opens the clause library in `dir` (created if missing). A damaged file is moved aside to
 * `library.db.corrupt-<timestamp>` and reported, with whether a backup exists and a way to
 * restore it; a file from a newer version of the app is reported and left untouched.
 */
export function openLibrary(dir: string, now: () => Date = () => new Date()): LibraryOpenResult {
  const paths = libraryPaths(dir)
  const opened = openChecked(paths)
  const backupExists = fs.existsSync(paths.backup)
  const restore = (): LibraryOpenResult =>
    backupExists ? restoreFromBackup(dir) : openLibrary(dir, now)
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
