import fs from 'node:fs'
import path from 'node:path'
import type { GrantMode } from '../../shared/ipc/policy'
import { PathGrants } from '../main/files/path-grants'

/**
 * The harness's grant model: its in-page file dialog lists only its documents folder, so what the
 * clerk can pick there is every file inside that folder (and the folder itself, for a folder
 * import). Anything else must have been granted like in the app (a plan opened, a recovered file).
 * Symbolic links are followed before the check, so a link inside cannot point outside.
 */
export class DocumentsGrants extends PathGrants {
  private readonly root: string

  constructor(documentsDir: string) {
    super()
    this.root = realpathOfExisting(path.resolve(documentsDir))
  }

  override allows(file: string, mode: GrantMode): boolean {
    return super.allows(file, mode) || this.inside(file, mode)
  }

  private inside(file: string, mode: GrantMode): boolean {
    const relative = path.relative(this.root, realpathOfExisting(path.resolve(file)))
    if (relative === '') {
      return mode === 'read'
    }
    return !relative.startsWith('..') && !path.isAbsolute(relative)
  }
}

/** The real path of `file`, or of its deepest existing ancestor joined with the rest. */
function realpathOfExisting(file: string): string {
  try {
    return fs.realpathSync(file)
  } catch {
    const parent = path.dirname(file)
    return parent === file ? file : path.join(realpathOfExisting(parent), path.basename(file))
  }
}
