import { CHANNELS } from '../../shared/ipc/channels'
import type { Api } from '../../shared/ipc/contract'

/**
 * The contract over HTTP, for the browser harness: each channel is `POST /api/<channel>` with the
 * arguments as a JSON array, answered by the same main-process handler Electron would call.
 */
export function createHttpApi(base = ''): Api {
  const call = async (channel: string, args: unknown[]): Promise<unknown> => {
    const response = await fetch(`${base}/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args),
    })
    const body = (await response.json()) as { value?: unknown; error?: string }
    if (!response.ok) {
      throw new Error(body.error ?? `HTTP ${response.status}`)
    }
    return body.value === null ? undefined : body.value
  }
  return Object.fromEntries(
    CHANNELS.map(channel => [channel, (...args: unknown[]) => call(channel, args)])
  ) as unknown as Api
}
