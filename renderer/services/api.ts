import type { Api } from '../../shared/ipc/contract'
import type { MenuCommand } from '../../shared/ipc/menu-commands'
import { createHttpApi } from './http-api'

/** What the Electron preload puts on `window`. */
type ElectronGlobals = {
  readonly api?: Api
  readonly menu?: {
    onCommand(listener: (command: MenuCommand) => void): () => void
    onOpenFile(listener: (file: string) => void): () => void
    onCloseRequest(listener: () => void): () => void
  }
}

const globals = window as unknown as ElectronGlobals

/** The contract implementation for this run: Electron's IPC when present, else HTTP to the harness. */
export const api: Api = globals.api ?? createHttpApi()

/** Whether the app runs inside Electron (menu accelerators deliver the shortcuts there). */
export const inElectron = globals.api !== undefined

/** Subscribes to Electron menu commands; a no-op in the browser harness. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return globals.menu?.onCommand(listener) ?? (() => undefined)
}

/** Subscribes to plan files the OS asks the app to open (double-click on a .kehoach); Electron only. */
export function onOpenFile(listener: (file: string) => void): () => void {
  return globals.menu?.onOpenFile(listener) ?? (() => undefined)
}

/**
 * Subscribes to the window's close button (or Thoát) when the plan has unsaved changes: the page
 * asks the clerk and closes the window itself. Electron only; the harness keeps beforeunload.
 */
export function onCloseRequest(listener: () => void): () => void {
  return globals.menu?.onCloseRequest(listener) ?? (() => undefined)
}
