import type { Result } from '../../../../shared/result'
import type { Library } from '../library'
import type { SyncService } from './sync-service'

/**
 * "Giữ cả hai": the server's version keeps the clause's place, and the clerk's version is added
 * back as a new clause (shared at the next sync), so neither wording is lost.
 */
export function keepBoth(library: Library, service: SyncService, uid: string): Result<void> {
  const conflict = service.conflicts().find(c => c.uid === uid)
  if (!conflict) {
    return service.resolve(uid, 'theirs')
  }
  const { kind, fragment, text, tags, source, status } = conflict.mine
  const added = library.add({ kind, fragment, text, tags, source, status })
  return added.ok ? service.resolve(uid, 'theirs') : added
}
