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
  let header = source.header
  for (const change of accepted) {
    const { patch } = change
    if (patch.type === 'header') {
      const { number: _dropped, ...rest } = header
      header = {
        ...rest,
        date: patch.date,
        ...(patch.number === undefined ? {} : { number: patch.number }),
      }
    } else if (patch.type === 'text') {
      const list = patches.get(change.location.slot) ?? []
      list.push(patch)
      patches.set(change.location.slot, list)
    }
  }
  const withText =
    patches.size === 0
      ? source
      : mapPlanText(source, (slot, text) => {
          const list = patches.get(slot.key)
          return list === undefined ? text : patchText(text, list)
        })
  return header === source.header ? withText : { ...withText, header }
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

function patchText(text: string, patches: readonly TextPatch[]): string {
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
