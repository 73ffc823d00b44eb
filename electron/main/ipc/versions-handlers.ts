import type { VersionStore } from '../files/versions/version-store'
import type { Handlers } from './handler-types'

/** The kept versions of a plan (recorded by `plan:save`): the list and one version's plan. */
export function versionHandlers(
  versions: VersionStore
): Pick<Handlers, 'versions:list' | 'versions:read'> {
  return {
    'versions:list': async file => versions.list(file),
    'versions:read': async (file, id) => versions.read(file, id),
  }
}
