import path from 'node:path'
import { createLibraryService, type LibraryService } from '../library/library-service'
import { envSecretStore } from '../library/sync/secret-store'
import { createSharedLibrary, type SharedLibrary } from '../library/sync/shared-library'
import { RecentFiles } from '../files/recent-files'
import { VersionStore } from '../files/versions/version-store'
import { appHandlers } from './app-handlers'
import { compareHandlers } from './compare-handlers'
import type { Endpoint, PathAccess } from './handler-types'
import type { HandlerContext, Host } from './host'
import { importHandlers } from './import-handlers'
import { libraryHandlers } from './library-handlers'
import { lineageHandlers } from './lineage-handlers'
import { planHandlers } from './plan-handlers'
import { versionHandlers } from './versions-handlers'
import { syncHandlers } from './sync-handlers'

export type { Host } from './host'

/**
 * The main-process implementation of the whole contract, with the host's grant model. Electron's
 * IPC and the harness's HTTP server both reach these handlers through `callHandler` only.
 */
export function createHandlers(
  host: Host,
  library: LibraryService = createLibraryService(
    host.dataDir,
    path.join(host.resourcesDir, 'samples')
  ),
  // Without a host's own store the password lives in memory only (from SKH_LIBRARY_PASSWORD).
  shared: SharedLibrary = createSharedLibrary({
    library,
    dataDir: host.dataDir,
    secrets: envSecretStore({ SKH_LIBRARY_PASSWORD: process.env.SKH_LIBRARY_PASSWORD }),
  })
): Endpoint {
  const recent = new RecentFiles(host.dataDir)
  const versions = new VersionStore(host.dataDir)
  const { grants } = host
  const context: HandlerContext = {
    host,
    recent,
    grant: (file, mode) => {
      if (file) {
        grants?.grant(file, mode)
      }
      return file
    },
  }
  const access: PathAccess | undefined = grants && {
    allows: (file, rule) =>
      grants.allows(file, rule.mode) ||
      (rule.recent === true && recent.list().some(r => path.resolve(r.path) === file)),
  }
  return {
    handlers: {
      ...appHandlers(context),
      ...planHandlers(context, versions),
      ...compareHandlers(context),
      ...versionHandlers(versions),
      ...importHandlers(library),
      ...libraryHandlers(library, shared.changed),
      ...lineageHandlers(context),
      ...syncHandlers(shared),
    },
    ...(access ? { access } : {}),
  }
}
