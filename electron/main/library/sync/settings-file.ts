import fs from 'node:fs'
import { serverSettingsSchema } from '../../../../shared/library/server-settings-schema'
import type { ServerSettings } from '../../../../shared/library/sync-types'

/** The file in the data folder that keeps the shared-library settings (no password). */
export const SETTINGS_FILE = 'shared-library.json'

/** Reads the saved settings; undefined when none or unreadable. */
export function readServerSettings(file: string): ServerSettings | undefined {
  try {
    const parsed = serverSettingsSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/** Saves the settings atomically; undefined removes them (sync turned off). */
export function writeServerSettings(file: string, settings: ServerSettings | undefined): void {
  if (settings === undefined) {
    fs.rmSync(file, { force: true })
    return
  }
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(settings, null, 2), 'utf8')
  fs.renameSync(`${file}.tmp`, file)
}
