import type { LineageChange } from '../../../shared/lineage'

/** A change's context split around the changed text, to show `…năm <del>2024</del><ins>2025</ins>…`. */
export type ContextParts = {
  readonly lead: string
  readonly before: string
  readonly after: string
  readonly tail: string
}

/** How far excerpt() reaches on each side (shared/lineage/owners.ts). */
const RADIUS = 40

/**
 * Splits a text change's context at the changed text: where excerpt() put it, else its first
 * occurrence. Undefined for flags, whole-part changes and a context that does not contain it.
 */
export function contextParts(change: LineageChange): ContextParts | undefined {
  const { start } = change.location
  if (change.patch.type !== 'text' || start === undefined || change.before === '') {
    return undefined
  }
  const from = Math.max(0, start - RADIUS)
  const expected = start - from + (from > 0 ? 1 : 0)
  const { context, before } = change
  const at = context.startsWith(before, expected) ? expected : context.indexOf(before)
  if (at < 0) {
    return undefined
  }
  return {
    lead: context.slice(0, at),
    before,
    after: change.after,
    tail: context.slice(at + before.length),
  }
}
