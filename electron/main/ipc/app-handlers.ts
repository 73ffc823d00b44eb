import path from 'node:path'
import type { FileKind } from '../../../shared/ipc/contract'
import { ProfileStore } from '../files/profile-store'
import { loadTaxonomies } from '../files/taxonomies'
import type { Handlers } from './handler-types'
import type { HandlerContext } from './host'
import { withExtension } from './path-rule'

type AppChannel =
  | 'app:info'
  | 'profile:get'
  | 'profile:set'
  | 'taxonomy:list'
  | 'dialog:pickOpen'
  | 'dialog:pickSave'
  | 'window:close'
  | 'shell:showInFolder'

/** The extension main adds to a file the clerk saves, per kind of file. */
const SAVE_EXTENSIONS: Partial<Record<FileKind, string>> = {
  plan: '.kehoach',
  docx: '.docx',
  library: '.thuvien',
}

/** The app itself: its information, the agency profile, taxonomies, dialogs and the shell. */
export function appHandlers({ host, grant }: HandlerContext): Pick<Handlers, AppChannel> {
  const profile = new ProfileStore(host.dataDir)
  return {
    'app:info': async () => ({
      version: host.version,
      dataDir: host.dataDir,
      documentsDir: host.documentsDir,
      harness: host.harness,
    }),
    'profile:get': async () => profile.get(),
    'profile:set': async value => profile.set(value),
    'taxonomy:list': async () => loadTaxonomies(host.resourcesDir, host.dataDir),
    'dialog:pickOpen': async kind => grant(await host.pickOpen(kind), 'read'),
    'dialog:pickSave': async (kind, name) => {
      const file = await host.pickSave(kind, name)
      // Main adds the kind's extension when it writes: that exact file is the one chosen.
      const extension = SAVE_EXTENSIONS[kind]
      grant(file && extension ? withExtension(path.resolve(file), extension) : file, 'write')
      return file
    },
    'window:close': async () => host.closeWindow(),
    'shell:showInFolder': async file => host.showInFolder(file),
  }
}
