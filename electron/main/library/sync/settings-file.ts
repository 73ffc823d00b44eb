import fs from 'node:fs'
import { z } from 'zod'
import type { ServerSettings } from '../../../../shared/library/sync-types'

/** The file in the data folder that keeps the shared-library settings (no password). */
export const SETTINGS_FILE = 'shared-library.json'

/** Validates settings from the renderer or from the file. */
export const serverSettingsSchema = z.object({
  host: z.string().trim().min(1).max(253),
  port: z.number().int().min(1).max(65535),
  database: z.string().min(1).max(63),
  user: z.string().min(1).max(63),
  tls: z.enum(['prefer', 'require', 'off']),
})

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
