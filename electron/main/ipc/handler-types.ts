import type { Api, Channel } from '../../../shared/ipc/contract'
import type { CHANNEL_POLICY, PathRule } from '../../../shared/ipc/policy'
import type { Repair } from '../../../shared/model/restore'
import type { Plan } from '../../../shared/model/types'

/** A plan argument after main restored it, with the repairs restoring made. */
export type RestoredPlan = { readonly plan: Plan; readonly repairs: readonly Repair[] }

type PlanIndex<C extends Channel> = (typeof CHANNEL_POLICY)[C] extends {
  readonly plan: infer I extends number
}
  ? I
  : (typeof CHANNEL_POLICY)[C] extends { readonly plan: readonly (infer I extends number)[] }
    ? I
    : never

type WithRestoredPlan<P extends readonly unknown[], I extends number> = {
  [K in keyof P]: K extends `${I}` ? RestoredPlan : P[K]
}

/**
 * The main-process side of the contract: one function per channel, called by `callHandler` only
 * after its arguments were validated, its path granted and its plan argument restored.
 */
export type Handlers = {
  readonly [C in Channel]: (
    ...args: WithRestoredPlan<Parameters<Api[C]>, PlanIndex<C>>
  ) => ReturnType<Api[C]>
}

/** Decides whether the window may use a path for what a channel's rule needs. */
export type PathAccess = {
  allows(file: string, rule: PathRule): boolean
}

/**
 * What a transport (Electron IPC, the harness's HTTP) calls: the handlers and who may use which
 * path. Without `access` every path is allowed (only tests of the handlers themselves do that).
 */
export type Endpoint = {
  readonly handlers: Handlers
  readonly access?: PathAccess
}
