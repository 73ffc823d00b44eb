import type { VersionStore } from '../files/versions/version-store'
import type { Handlers } from './handler-types'

/** The kept versions of a plan (recorded by `plan:save`): the list and one version's plan. */
export function versionHandlers(
  versions: VersionStore
): Pick<Handlers, 'versions:list' | 'versions:read'> {
  return {
    // A save answers before its version is written: wait for it, so the list has the last save.
    'versions:list': async file => {
      await versions.settled()
      return versions.list(file)
    },
    'versions:read': async (file, id) => {
      await versions.settled()
      return versions.read(file, id)
    },
  }
}
