import type { Plan } from '../model'
import { mapPlanText } from './text-slots'
import type { LineageChange, TextPatch } from './types'

/**
 * Builds the new plan from the source plan and the changes the clerk accepts. Undoing a change
 * is applying the accepted set without it, so every state of the review is a pure function of
 * (source, accepted changes). Flags change nothing; overlapping text patches keep the first.
 */
export function applyChanges(source: Plan, accepted: readonly LineageChange[]): Plan {
  const patches = new Map<string, TextPatch[]>()
  let plan = source
  for (const change of accepted) {
    const { patch } = change
    if (patch.type === 'header') {
      plan = { ...plan, header: patch.header }
    } else if (patch.type === 'signature') {
      const { signature, recipients, archive } = patch
      plan = { ...plan, signature, recipients, archive }
    } else if (patch.type === 'preamble') {
      plan = { ...plan, preamble: [patch.block, ...plan.preamble] }
    } else if (patch.type === 'text') {
      const list = patches.get(change.location.slot) ?? []
      list.push(patch)
      patches.set(change.location.slot, list)
    }
  }
  // Text patches address the source's slots; inserted blocks and replaced parts have other keys.
  return patches.size === 0
    ? plan
    : mapPlanText(plan, (slot, text) => {
        const list = patches.get(slot.key)
        return list === undefined ? text : patchText(text, list)
      })
}

/** Undoes one change of a reviewed set: the plan from the source and every other accepted change. */
export function undoChange(
  source: Plan,
  accepted: readonly LineageChange[],
  changeId: string
): Plan {
  return applyChanges(
    source,
    accepted.filter(c => c.id !== changeId)
  )
}

/** Applies non-overlapping text patches (offsets in `text`) to `text`. */
export function patchText(text: string, patches: readonly TextPatch[]): string {
  const sorted = [...patches].sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  for (const p of sorted) {
    if (p.start < at || p.end > text.length) {
      continue
    }
    out += text.slice(at, p.start) + p.text
    at = p.end
  }
  return out + text.slice(at)
}
