import type { FileKind } from '../../shared/ipc/contract'

/** Open/save file pickers: native dialogs in Electron, an in-page dialog in the browser harness. */
export type Dialogs = {
  pickOpen(kind: FileKind): Promise<string | undefined>
  pickSave(kind: FileKind, defaultName: string): Promise<string | undefined>
}
