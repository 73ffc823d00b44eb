import type { Channel } from '../../../shared/ipc/contract'
import { CHANNEL_POLICY, type ChannelPolicy } from '../../../shared/ipc/policy'
import { argSchemas } from '../../../shared/ipc/schemas'
import { restorePlan } from '../../../shared/model/restore'
import { exceedsDepth } from '../../../shared/model/restore-depth'
import { err } from '../../../shared/result'
import type { Endpoint, RestoredPlan } from './handler-types'
import { applyPathRule, NOT_CHOSEN } from './path-rule'

/** A contract call refused before reaching its handler (unknown channel or bad arguments). */
export class BadCallError extends Error {}

const INVALID_PLAN = err('plan.invalid', 'Dữ liệu kế hoạch không hợp lệ.')

/**
 * Calls a channel's handler with untrusted arguments, enforcing the contract on the way: the
 * channel's schema (shared/ipc/schemas.ts), then its policy (shared/ipc/policy.ts): the path
 * grant and the restoration of its plan argument. Shared by Electron's IPC and the harness's HTTP.
 */
export async function callHandler(
  endpoint: Endpoint,
  channel: string,
  args: unknown
): Promise<unknown> {
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
  const policy: ChannelPolicy = CHANNEL_POLICY[channel as Channel]
  let values: unknown[] = [...(parsed.data as unknown[])]
  if (policy.path) {
    const outcome = applyPathRule(values, policy.path, endpoint.access)
    if ('refused' in outcome) {
      return policy.path.refused === 'refuse' ? NOT_CHOSEN : undefined
    }
    values = outcome.args
  }
  const planArgs = typeof policy.plan === 'number' ? [policy.plan] : (policy.plan ?? [])
  for (const index of planArgs) {
    const restored = restorePlan(values[index])
    if (!restored.ok) {
      return INVALID_PLAN
    }
    values[index] = { plan: restored.plan, repairs: restored.repairs } satisfies RestoredPlan
  }
  const handler = endpoint.handlers[channel as Channel] as (...a: unknown[]) => Promise<unknown>
  return handler(...values)
}
