import path from 'node:path'
import { err, ok, type Result } from '../../../../shared/result'
import type {
  ConflictResolution,
  ServerSettings,
  ServerSettingsView,
  SharedHit,
  SyncConflict,
  SyncStatus,
  SyncSummary,
} from '../../../../shared/library/sync-types'
import type { SearchOptions } from '../../../../shared/library/types'
import type { Library } from '../library'
import type { LibraryService } from '../library-service'
import { openServer } from '../server/connect'
import { serverError } from '../server/server-errors'
import { keepBoth } from './keep-both'
import type { SecretStore } from './secret-store'
import { readServerSettings, SETTINGS_FILE, writeServerSettings } from './settings-file'
import { searchShared } from './shared-search'
import { createSyncService, type SyncService } from './sync-service'

/** What the shared library needs from its host (the app, the harness, tests). */
export type SharedLibraryDeps = {
  readonly library: LibraryService
  readonly dataDir: string
  readonly secrets: SecretStore
  /** Background sync period; default one minute. */
  readonly intervalMs?: number
  /** Delay between a local change and the sync that shares it (changes in a burst go together). */
  readonly afterChangeMs?: number
}

const NOT_SET = err<never>('library.server.off', 'Chưa cài đặt thư viện dùng chung.')
const NO_CIPHER = err<never>(
  'library.server.no-cipher',
  'Không lưu được mật khẩu: máy này không mã hóa được dữ liệu của người dùng Windows. Mật khẩu ' +
    'không được lưu khi chưa mã hóa.'
)

/**
 * The shared library ("Thư viện dùng chung") as the handlers see it: settings (the password kept
 * in the secret store and never handed back), a connection test, background sync on a timer and
 * shortly after local changes, status, conflicts, and search on the server. Sync runs in main and
 * yields on every network wait; the renderer only polls the status.
 */
export function createSharedLibrary(deps: SharedLibraryDeps) {
  const file = path.join(deps.dataDir, SETTINGS_FILE)
  const settings = {
    read: () => readServerSettings(file),
    write: (value: ServerSettings | undefined) => writeServerSettings(file, value),
  }
  let bound: { library: Library; service: SyncService } | undefined
  let timer: ReturnType<typeof setInterval> | undefined
  let soon: ReturnType<typeof setTimeout> | undefined

  /** The sync service of the library open now (a restored library gets a new one). */
  const service = (): SyncService | undefined => {
    const opened = deps.library.use(library => ok(library))
    if (!opened.ok) {
      return undefined
    }
    if (bound?.library !== opened.value) {
      const service = createSyncService({
        library: opened.value,
        settings,
        secrets: deps.secrets,
        intervalMs: 0,
      })
      bound = { library: opened.value, service }
    }
    return bound.service
  }
  const syncNow = async (): Promise<Result<SyncSummary>> => {
    const current = service()
    return current ? current.syncNow() : NOT_SET
  }
  const background = (): void => {
    if (settings.read()) {
      void syncNow()
    }
  }

  return {
    /** The settings for the dialog: never the password, only whether one is kept. */
    getSettings: (): ServerSettingsView => {
      const saved = settings.read()
      return {
        ...(saved ? { settings: saved } : {}),
        hasPassword: deps.secrets.read() !== undefined,
      }
    },
    /** Saves the settings (and the password when given), then syncs in the background. */
    setSettings: (value: ServerSettings, password?: string): Result<ServerSettingsView> => {
      try {
        if (password !== undefined) {
          deps.secrets.write(password)
        }
      } catch {
        return NO_CIPHER
      }
      settings.write(value)
      service()?.configure(value)
      background()
      return ok({ settings: value, hasPassword: deps.secrets.read() !== undefined })
    },
    /** Turns sync off: forgets the settings and the password (the local library stays). */
    disconnect: (): ServerSettingsView => {
      settings.write(undefined)
      deps.secrets.clear()
      service()?.configure(undefined)
      return { hasPassword: false }
    },
    /** Tries the connection and the server schema; the typed password, or the kept one. */
    test: async (value: ServerSettings, password?: string): Promise<Result<string>> => {
      const opened = await openServer(value, password ?? deps.secrets.read() ?? '')
      if (!opened.ok) {
        return opened
      }
      await opened.value.end().catch(() => undefined)
      return ok(`Máy chủ ${value.host}:${value.port} đã trả lời; thư viện dùng chung sẵn sàng.`)
    },
    syncNow,
    status: (): SyncStatus => {
      const current = service()
      if (current) {
        return current.status()
      }
      const broken = deps.library.use(() => NOT_SET)
      return settings.read() && !broken.ok
        ? { state: 'error', pending: 0, conflicts: 0, error: broken.error }
        : { state: 'off', pending: 0, conflicts: 0 }
    },
    conflicts: (): SyncConflict[] => service()?.conflicts() ?? [],
    /** Settles a conflict; `both` keeps the clerk's text as a new clause beside the server's. */
    resolve: (uid: string, choice: ConflictResolution): Result<void> => {
      const current = service()
      if (!current || !bound) {
        return NOT_SET
      }
      if (choice === 'both') {
        return keepBoth(bound.library, current, uid)
      }
      return current.resolve(uid, choice)
    },
    /** Searches the shared library on the server (marked as such in the results). */
    search: async (query: string, options: SearchOptions): Promise<Result<SharedHit[]>> => {
      const value = settings.read()
      if (!value) {
        return NOT_SET
      }
      const opened = await openServer(value, deps.secrets.read() ?? '')
      if (!opened.ok) {
        return opened
      }
      try {
        return ok(await searchShared(opened.value, query, options))
      } catch (error) {
        return err(...serverError(error, value))
      } finally {
        await opened.value.end().catch(() => undefined)
      }
    },
    /** A local change: share it soon (one sync for a burst of changes). */
    changed: (): void => {
      if (soon) {
        clearTimeout(soon)
      }
      soon = setTimeout(background, deps.afterChangeMs ?? 2000)
      soon.unref?.()
    },
    /** Starts background sync (and a first sync when configured). */
    start: (): void => {
      if (!timer) {
        timer = setInterval(background, deps.intervalMs ?? 60_000)
        timer.unref?.()
        background()
      }
    },
    /** Stops background sync and waits for a running one (before the library closes). */
    stop: async (): Promise<void> => {
      clearInterval(timer)
      clearTimeout(soon)
      timer = undefined
      await bound?.service.stop()
    },
  }
}

/** The shared library. */
export type SharedLibrary = ReturnType<typeof createSharedLibrary>
