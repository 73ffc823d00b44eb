import { ok } from '../../../shared/result'
import type { LibraryService } from '../library/library-service'
import type { Handlers } from './handler-types'

type LibraryChannel = Extract<keyof Handlers, `library:${string}`>

/**
 * The clause library: status and repair, search, clause edits, exchange files. `changed` hears of
 * every write (the shared library shares it soon after).
 */
export function libraryHandlers(
  library: LibraryService,
  changed: () => void = () => undefined
): Pick<Handlers, LibraryChannel> {
  const write = <T>(result: T): T => {
    changed()
    return result
  }
  return {
    'library:status': async () => library.status(),
    'library:restoreBackup': async () => library.restoreBackup(),
    'library:startEmpty': async () => library.startEmpty(),
    'library:search': async (query, options) => library.use(l => ok(l.search(query, options))),
    'library:use': async id => library.use(l => l.markUsed(id)),
    'library:add': async draft => write(library.use(l => l.add(draft))),
    'library:update': async (id, patch) => write(library.use(l => l.update(id, patch))),
    'library:approve': async id => write(library.use(l => l.approve(id))),
    'library:remove': async id => write(library.use(l => l.remove(id))),
    'library:export': async (file, ids) => library.exportTo(file, ids),
    'library:import': async file => write(library.importFrom(file)),
  }
}
