import { exceedsDepth } from '../../../shared/model/restore-depth'
import { argSchemas, type Api, type Channel } from '../../../shared/ipc/contract'

/** A contract call refused before reaching its handler (unknown channel or bad arguments). */
export class BadCallError extends Error {}

/**
 * Validates untrusted arguments against the channel's schema, then calls the handler.
 * Shared by the Electron IPC registration and the harness HTTP server.
 */
export async function callHandler(api: Api, channel: string, args: unknown): Promise<unknown> {
  if (!Object.hasOwn(argSchemas, channel)) {
    throw new BadCallError(`Cannot call ${channel}: unknown channel`)
  }
  // Checked before zod, whose recursive parse of a hostile value would overflow the stack.
  if (exceedsDepth(args)) {
    throw new BadCallError(`Cannot call ${channel}: arguments nested too deeply`)
  }
  const parsed = argSchemas[channel as Channel].safeParse(args)
  if (!parsed.success) {
    throw new BadCallError(
      `Cannot call ${channel}: invalid arguments (${parsed.error.issues[0]?.message ?? ''})`
    )
  }
  const handler = api[channel as Channel] as (...a: unknown[]) => Promise<unknown>
  return handler(...(parsed.data as unknown[]))
}
