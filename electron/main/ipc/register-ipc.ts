import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../../../shared/ipc/channels'
import { callHandler } from './call-handler'
import type { Endpoint } from './handler-types'

/**
 * Registers one `ipcMain.handle` per contract channel. Each call is checked: the sender must be
 * the app's own page, then `callHandler` enforces the channel's schema, path grant and plan restore.
 */
export function registerIpc(endpoint: Endpoint, isTrustedUrl: (url: string) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const url = event.senderFrame?.url ?? ''
      if (!isTrustedUrl(url)) {
        throw new Error(`Cannot call ${channel}: untrusted sender ${url}`)
      }
      return callHandler(endpoint, channel, args)
    })
  }
}
