import type { SharedLibrary } from '../library/sync/shared-library'
import type { Handlers } from './handler-types'

type SyncChannel = Extract<keyof Handlers, `sync:${string}`>

/** The shared library: settings, connection test, sync, status, conflicts, server search. */
export function syncHandlers(shared: SharedLibrary): Pick<Handlers, SyncChannel> {
  return {
    'sync:getSettings': async () => shared.getSettings(),
    'sync:setSettings': async (settings, password) => shared.setSettings(settings, password),
    'sync:disconnect': async () => shared.disconnect(),
    'sync:test': async (settings, password) => shared.test(settings, password),
    'sync:now': async () => shared.syncNow(),
    'sync:status': async () => shared.status(),
    'sync:conflicts': async () => shared.conflicts(),
    'sync:resolve': async (uid, choice) => shared.resolve(uid, choice),
    'sync:search': async (query, options) => shared.search(query, options),
  }
}
