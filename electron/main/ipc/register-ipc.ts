import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS, type Api } from '../../../shared/ipc/contract'
import { callHandler } from './call-handler'

/**
 * Registers one `ipcMain.handle` per contract channel. Each call is checked twice: the sender
 * must be the app's own page, and the arguments must match the channel's schema.
 */
export function registerIpc(api: Api, isTrustedUrl: (url: string) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const url = event.senderFrame?.url ?? ''
      if (!isTrustedUrl(url)) {
        throw new Error(`Cannot call ${channel}: untrusted sender ${url}`)
      }
      return callHandler(api, channel, args)
    })
  }
}
