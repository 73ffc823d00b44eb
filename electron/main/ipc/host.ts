import type { FileKind } from '../../../shared/ipc/contract'
import type { GrantMode } from '../../../shared/ipc/policy'
import type { Grants } from '../files/path-grants'
import type { RecentFiles } from '../files/recent-files'

/** What the host (Electron, or the browser harness) provides to the handlers. */
export type Host = {
  readonly version: string
  readonly dataDir: string
  readonly documentsDir: string
  readonly resourcesDir: string
  readonly harness: boolean
  readonly pickOpen: (kind: FileKind) => Promise<string | undefined>
  readonly pickSave: (kind: FileKind, defaultName: string) => Promise<string | undefined>
  /**
   * Closes the window without asking again: the page has already asked about unsaved changes
   * in its own dialog. A no-op in the browser harness (a page cannot close its tab).
   */
  readonly closeWindow: () => Promise<void>
  readonly showInFolder: (file: string) => Promise<void>
  /**
   * In the app: the files the clerk chose (PathGrants); every channel that names a file or folder
   * refuses the others (see shared/ipc/policy.ts). The browser harness passes DocumentsGrants: its
   * in-page dialog lists its documents folder, so files there count as chosen. Absent only in
   * tests of the handlers themselves.
   */
  readonly grants?: Grants
}

/** What the handlers of every domain share. */
export type HandlerContext = {
  readonly host: Host
  readonly recent: RecentFiles
  /** Records a file the clerk just chose (dialog, opened plan, recovered work); returns it. */
  readonly grant: (file: string | undefined, mode: GrantMode) => string | undefined
}

/** The recent list is a convenience: failing to update it must not fail the save or open. */
export function touchRecent(recent: RecentFiles, file: string, title: string): void {
  try {
    recent.touch(file, title)
  } catch {
    // A read-only data folder only costs the recent list.
  }
}
