import type { Plan } from '../../model'
import type { LineageChange, SignaturePatch } from '../types'
import { locateTextChanges, type TextLocation } from './locate-changes'

/**
 * A change's state in the current plan: `applied`, `undone`, `edited` (its text was typed over, so
 * it can no longer be undone from the panel) or `flag` (a place to check; nothing was changed).
 */
export type ChangeState = 'applied' | 'undone' | 'edited' | 'flag'

/**
 * The state of every change of a review, read from the current plan rather than remembered, so
 * Ctrl+Z and Ctrl+Y (which change the plan) are reflected in the panel as they are on the page.
 */
export function changeStates(
  current: Plan,
  source: Plan,
  changes: readonly LineageChange[],
  located: ReadonlyMap<string, TextLocation> = locateTextChanges(current, source, changes)
): Map<string, ChangeState> {
  const states = new Map<string, ChangeState>()
  for (const change of changes) {
    const { patch } = change
    if (patch.type === 'flag') {
      states.set(change.id, 'flag')
    } else if (patch.type === 'text') {
      states.set(change.id, located.get(change.id)?.state ?? 'edited')
    } else if (patch.type === 'header') {
      states.set(change.id, sameJson(current.header, source.header) ? 'undone' : 'applied')
    } else if (patch.type === 'signature') {
      states.set(change.id, signatureUndone(current, source, patch) ? 'undone' : 'applied')
    } else {
      const present = current.preamble.some(b => b.id === patch.block.id)
      states.set(change.id, present ? 'applied' : 'undone')
    }
  }
  return states
}

/** Whether the signature change's parts are back to the source's. */
function signatureUndone(current: Plan, source: Plan, patch: SignaturePatch): boolean {
  return (
    sameJson(current.signature, source.signature) &&
    current.archive === source.archive &&
    (!replacesRecipients(source, patch) || sameJson(current.recipients, source.recipients))
  )
}

/** Whether a signature change brings its own Nơi nhận (the profile's) rather than keeping the source's. */
export function replacesRecipients(source: Plan, patch: SignaturePatch): boolean {
  return !sameJson(patch.recipients, source.recipients)
}

/** Structural equality of two JSON values (plan parts are plain JSON). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
