import path from 'node:path'
import type { GrantMode } from '../../../shared/ipc/policy'

/**
 * The files and folders the window may have main use, and the record of new ones the clerk chose.
 * The app (PathGrants) and the browser harness (DocumentsGrants) each have their own model.
 */
export type Grants = {
  /** Records that the clerk chose `file` for `mode`. */
  grant(file: string, mode: GrantMode): void
  /** Whether the window may use `file` for `mode`. */
  allows(file: string, mode: GrantMode): boolean
}

/**
 * The files and folders the clerk chose are the only places the app window may have main read or
 * write. Read: picked in an open dialog, in the recent list, named on the command line. Write: the
 * exact file a save dialog gave (with the extension main adds), or a plan the clerk opened or saved
 * (Ctrl+S writes it back). A page that went wrong (a bug, or injected content) can then not use
 * the file channels to reach anything else on the disk, nor overwrite a file picked for reading.
 */
export class PathGrants implements Grants {
  private readonly granted = new Map<string, GrantMode>()

  grant(file: string, mode: GrantMode): void {
    const k = key(file)
    if (mode === 'write' || !this.granted.has(k)) {
      this.granted.set(k, mode)
    }
  }

  allows(file: string, mode: GrantMode): boolean {
    const granted = this.granted.get(key(file))
    return granted === 'write' || (granted === 'read' && mode === 'read')
  }
}

/** Windows paths compare without case; elsewhere they are exact. */
function key(file: string): string {
  const resolved = path.resolve(file)
  return process.platform === 'win32' ? resolved.toLowerCase() : resolved
}
