import path from 'node:path'
import { profileSchema } from '../../../shared/ipc/schemas'
import { err, ok, type Result } from '../../../shared/result'
import { EMPTY_PROFILE, type AgencyProfile } from '../../../shared/model/profile'
import { describeFsError } from './fs-errors'
import { readJson, writeJson } from './json-store'

/** The agency profile, kept as `profile.json` in the data dir. */
export class ProfileStore {
  private readonly file: string

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'profile.json')
  }

  /** The saved profile, or the empty one if none was saved or the file is unreadable. */
  get(): AgencyProfile {
    return readJson(this.file, EMPTY_PROFILE, raw => profileSchema.safeParse(raw).data)
  }

  /** Saves the profile (NFC text). */
  set(profile: AgencyProfile): Result<void> {
    try {
      writeJson(this.file, JSON.parse(JSON.stringify(profile).normalize('NFC')))
      return ok(undefined)
    } catch (error) {
      const e = describeFsError(error, 'lưu hồ sơ đơn vị', this.file)
      return err(e.code, e.message)
    }
  }
}
