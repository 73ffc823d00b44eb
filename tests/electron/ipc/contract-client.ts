import { callHandler } from '../../../electron/main/ipc/call-handler'
import type { Endpoint } from '../../../electron/main/ipc/handler-types'
import { CHANNELS } from '../../../shared/ipc/channels'
import type { Api } from '../../../shared/ipc/contract'

/**
 * The contract as the renderer sees it, in-process: every call goes through `callHandler`, so it
 * is validated, granted and restored exactly as over Electron's IPC or the harness's HTTP.
 */
export function contractClient(endpoint: Endpoint): Api {
  return Object.fromEntries(
    CHANNELS.map(channel => [channel, (...args: unknown[]) => callHandler(endpoint, channel, args)])
  ) as unknown as Api
}
