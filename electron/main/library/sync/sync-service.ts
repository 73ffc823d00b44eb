import { err, ok, type Result } from '../../../../shared/result'
import type {
  ConflictChoice,
  ServerSettings,
  SyncConflict,
  SyncState,
  SyncStatus,
  SyncSummary,
} from '../../../../shared/library/sync-types'
import type { Library } from '../library'
import { openServer } from '../server/connect'
import { serverError } from '../server/server-errors'
import type { SyncOptions } from './engine'
import { remoteClause } from './remote-clause'
import type { SecretStore } from './secret-store'

/** What the service needs: the library, where settings and password live, and its timing. */
export type SyncServiceDeps = {
  readonly library: Library
  readonly settings: {
    readonly read: () => ServerSettings | undefined
    readonly write: (settings: ServerSettings | undefined) => void
  }
  readonly secrets: SecretStore
  /** Background sync period; 0 turns the timer off (tests, CLI). */
  readonly intervalMs?: number
  readonly now?: () => Date
  readonly options?: SyncOptions
}

/** The indicator's state: an unreachable server is `offline` (the clerk works on locally). */
function stateOf(configured: boolean, running: boolean, lastError?: { code: string }): SyncState {
  if (!configured) {
    return 'off'
  }
  if (running) {
    return 'syncing'
  }
  if (lastError) {
    return lastError.code === 'library.server.unreachable' ? 'offline' : 'error'
  }
  return 'idle'
}

/**
 * Background sync with the shared library: one run at a time, every `intervalMs` and on demand.
 * Runs are async (network waits yield; local work is in small batches), so typing never waits.
 * Failures become a status with a Vietnamese message; the next run retries.
 */
export function createSyncService(deps: SyncServiceDeps) {
  const now = deps.now ?? (() => new Date())
  let running: Promise<Result<SyncSummary>> | undefined
  let lastSyncAt: string | undefined
  let lastError: { code: string; message: string } | undefined
  let timer: ReturnType<typeof setInterval> | undefined
  const engine = deps.library.sync

  const run = async (): Promise<Result<SyncSummary>> => {
    const settings = deps.settings.read()
    if (!settings) {
      return err('library.server.off', 'Chưa cài đặt thư viện dùng chung.')
    }
    const opened = await openServer(settings, deps.secrets.read() ?? '')
    if (!opened.ok) {
      lastError = opened.error
      return opened
    }
    try {
      const summary = await engine.sync(opened.value, deps.options)
      lastSyncAt = now().toISOString()
      lastError = undefined
      return ok({ pushed: summary.pushed, pulled: summary.pulled, conflicts: summary.conflicts })
    } catch (error) {
      const [code, message] = serverError(error, settings)
      lastError = { code, message }
      return err(code, message)
    } finally {
      await opened.value.end().catch(() => undefined)
    }
  }

  const syncNow = (): Promise<Result<SyncSummary>> => {
    running ??= run().finally(() => {
      running = undefined
    })
    return running
  }

  return {
    syncNow,
    /** The status indicator's data. */
    status: (): SyncStatus => ({
      state: stateOf(deps.settings.read() !== undefined, running !== undefined, lastError),
      pending: engine.outbox.pending(),
      conflicts: engine.conflicts.count(),
      ...(lastSyncAt ? { lastSyncAt } : {}),
      ...(lastError ? { error: lastError } : {}),
    }),
    /** Saves settings (and the password when given); undefined turns sync off. */
    configure: (settings: ServerSettings | undefined, password?: string): void => {
      deps.settings.write(settings)
      if (password !== undefined) {
        deps.secrets.write(password)
      }
      if (!settings) {
        deps.secrets.clear()
      }
      lastError = undefined
    },
    /** Conflicts waiting for the clerk, with both versions. */
    conflicts: (): SyncConflict[] =>
      engine.conflicts.all().flatMap(theirs => {
        const id = engine.localIdOf(theirs.uid)
        const mine = id === undefined ? undefined : deps.library.get(id)
        const their = remoteClause(theirs)
        return mine && their
          ? [
              {
                uid: theirs.uid,
                mine,
                theirs: their,
                theirAuthor: theirs.updated_by,
                theirUpdatedAt: theirs.updated_at,
              },
            ]
          : []
      }),
    /** Keeps one version of a conflicting clause. */
    resolve: (uid: string, choice: ConflictChoice): Result<void> =>
      engine.resolve(uid, choice)
        ? ok(undefined)
        : err('library.sync.no-conflict', 'Không còn xung đột nào cho điều khoản này.'),
    /** Starts the background timer (and a first sync). */
    start: (): void => {
      const every = deps.intervalMs ?? 60_000
      if (every > 0 && !timer) {
        timer = setInterval(() => void syncNow(), every)
        timer.unref?.()
        void syncNow()
      }
    },
    /** Stops the timer and waits for a running sync. */
    stop: async (): Promise<void> => {
      if (timer) {
        clearInterval(timer)
        timer = undefined
      }
      await running
    },
  }
}

/** A sync service. */
export type SyncService = ReturnType<typeof createSyncService>
