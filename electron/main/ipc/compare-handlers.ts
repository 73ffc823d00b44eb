import { revisionAuthor } from '../../../shared/lineage/compare/tracked-document'
import { err, ok } from '../../../shared/result'
import { exportCompareDocx } from '../export/write-compare-docx'
import { describeFsError } from '../files/fs-errors'
import { ProfileStore } from '../files/profile-store'
import type { Handlers } from './handler-types'
import type { HandlerContext } from './host'

/** Comparison: the tracked-changes Word export of two plans (author: the profile's agency). */
export function compareHandlers({ host }: HandlerContext): Pick<Handlers, 'export:compareDocx'> {
  const profile = new ProfileStore(host.dataDir)
  return {
    'export:compareDocx': async (file, older, newer) => {
      try {
        const author = revisionAuthor(profile.get())
        return ok(await exportCompareDocx(older.plan, newer.plan, author, file))
      } catch (error) {
        const e = describeFsError(error, 'ghi', file)
        return err(e.code, e.message)
      }
    },
  }
}
