import fs from 'node:fs'
import path from 'node:path'
import type { LibraryStatus } from '../../../shared/ipc/contract'
import { err, ok, type Result } from '../../../shared/result'
import type { Library } from './library'
import { loadSamplePlans } from './sample-plans'
import { openLibrary, type LibraryOpenResult } from './open-library'
import { describeFsError } from '../files/fs-errors'
import { readLimited } from '../files/read-limited'

/**
 * Owns the clause library for the handlers: opens it on first use (so a damaged database never
 * stops the app from starting), seeds it from the samples on first run, keeps the rolling backup,
 * and reports a damaged or newer database as a status the UI explains in Vietnamese.
 */
export function createLibraryService(dataDir: string, samplesDir: string) {
  let opened: LibraryOpenResult | undefined
  let seeded = 0

  const ensure = (): LibraryOpenResult => {
    if (!opened) {
      opened = openLibrary(dataDir)
      afterOpen()
    }
    return opened
  }
  const afterOpen = (): void => {
    if (opened?.ok) {
      seeded = opened.library.seedIfEmpty(() => loadSamplePlans(samplesDir))
      void opened.library.backupIfDue()
    }
  }
  const status = (): LibraryStatus => {
    const current = ensure()
    if (current.ok) {
      return { state: 'ready', count: current.library.count(), seeded }
    }
    return {
      state: 'broken',
      message: current.error.message,
      ...(current.movedTo ? { movedTo: current.movedTo } : {}),
      backupExists: current.backupExists,
      canRestore: current.restoreFromBackup !== undefined,
      canStartEmpty: current.startEmpty !== undefined,
    }
  }
  const use = <T>(run: (library: Library) => Result<T>): Result<T> => {
    const current = ensure()
    return current.ok ? run(current.library) : err(current.error.code, current.error.message)
  }

  return {
    status,
    use,
    /** Replaces a damaged library with its backup (or a new empty one without a backup). */
    restoreBackup: (): Result<LibraryStatus> => {
      const current = ensure()
      if (current.ok) {
        return err('library.nothing-to-restore', 'Thư viện đang dùng được, không cần khôi phục.')
      }
      if (!current.restoreFromBackup) {
        return err('library.cannot-restore', current.error.message)
      }
      opened = current.restoreFromBackup()
      afterOpen()
      return ok(status())
    },
    /** The clerk's explicit choice: a new library, the damaged file and every backup kept aside. */
    startEmpty: (): Result<LibraryStatus> => {
      const current = ensure()
      if (current.ok || !current.startEmpty) {
        return err('library.nothing-to-restore', 'Thư viện đang dùng được, không cần tạo mới.')
      }
      opened = current.startEmpty()
      afterOpen()
      return ok(status())
    },
    /** Writes an exchange file with the given clauses (all when `ids` is absent). */
    exportTo: (file: string, ids?: readonly string[]): Result<{ readonly count: number }> =>
      use(library => {
        const content = library.exportClauses(ids)
        try {
          fs.mkdirSync(path.dirname(file), { recursive: true })
          fs.writeFileSync(file, content, 'utf8')
        } catch (error) {
          const e = describeFsError(error, 'xuất thư viện ra', file)
          return err(e.code, e.message)
        }
        return ok({ count: (JSON.parse(content) as { clauses: unknown[] }).clauses.length })
      }),
    /** Merges an exchange file into the library. */
    /** Imports a shared library file: a regular file within the size limit, read once. */
    importFrom: (file: string) =>
      use(library => {
        const content = readLimited(file, 'library')
        return content.ok
          ? library.importClauses(content.value.toString('utf8'))
          : err(content.error.code, content.error.message)
      }),
    /** Backs up what changed since the last backup and closes the database. */
    close: async (): Promise<void> => {
      const current = opened
      opened = undefined
      if (current?.ok) {
        await current.library.closeWithBackup()
      }
    },
  }
}

/** The library service's type. */
export type LibraryService = ReturnType<typeof createLibraryService>
