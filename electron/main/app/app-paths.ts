import os from 'node:os'
import path from 'node:path'

/** Folder name of the app's per-user data (library, autosave, settings). */
const APP_FOLDER = 'SoanKeHoach'

/**
 * The per-user app-data folder: `SKH_DATA_DIR` when set, else the platform's usual place
 * (%APPDATA% on Windows, ~/Library/Application Support on macOS, $XDG_CONFIG_HOME or ~/.config).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SKH_DATA_DIR) {
    return path.resolve(env.SKH_DATA_DIR)
  }
  if (process.platform === 'win32' && env.APPDATA) {
    return path.join(env.APPDATA, APP_FOLDER)
  }
  if (process.platform === 'darwin') {
    return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER)
  }
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_FOLDER)
}

/** Where dialogs start: the user's Documents folder, or the data dir's `documents` in the harness. */
export function defaultDocumentsDir(dataDir: string, harness: boolean): string {
  return harness ? path.join(dataDir, 'documents') : path.join(os.homedir(), 'Documents')
}
