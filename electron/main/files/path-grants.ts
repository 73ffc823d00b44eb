import path from 'node:path'

/**
 * The files and folders the clerk chose — in an open or save dialog, from the recent list, on
 * the command line (a double-clicked .kehoach), or written by a save the clerk made — are the
 * only places the app window may have main read or write. A page that went wrong (a bug, or
 * injected content) can then not use the file channels to reach anything else on the disk.
 */
export class PathGrants {
  private readonly granted = new Set<string>()

  grant(file: string): void {
    this.granted.add(key(file))
  }

  allows(file: string): boolean {
    return this.granted.has(key(file))
  }
}

/** Windows paths compare without case; elsewhere they are exact. */
function key(file: string): string {
  const resolved = path.resolve(file)
  return process.platform === 'win32' ? resolved.toLowerCase() : resolved
}
