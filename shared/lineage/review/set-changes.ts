import type { Plan } from '../../model'
import { mapPlanText } from '../text-slots'
import type { LineageChange } from '../types'
import { changeStates, replacesRecipients } from './change-state'
import { locateTextChanges } from './locate-changes'

type Replacement = { readonly at: number; readonly length: number; readonly text: string }

/**
 * Undoes (`apply` false) or re-applies (`apply` true) the changes `ids` of a review in the CURRENT
 * plan, keeping every other edit the clerk made; changes already in that state, flags and changes
 * whose text was typed over are left alone. Returns the same plan object when nothing changes, so
 * the undo history records no empty step. Pure.
 */
export function setChangesApplied(
  current: Plan,
  source: Plan,
  changes: readonly LineageChange[],
  ids: ReadonlySet<string>,
  apply: boolean
): Plan {
  const located = locateTextChanges(current, source, changes)
  const states = changeStates(current, source, changes, located)
  const from = apply ? 'undone' : 'applied'
  const replacements = new Map<string, Replacement[]>()
  let plan = current
  for (const change of changes) {
    if (!ids.has(change.id) || states.get(change.id) !== from) {
      continue
    }
    const { patch } = change
    if (patch.type === 'text') {
      const where = located.get(change.id)
      if (where?.state !== from) {
        continue
      }
      const list = replacements.get(where.slot) ?? []
      const length = apply ? where.before.length : where.after.length
      list.push({ at: where.at, length, text: apply ? where.after : where.before })
      replacements.set(where.slot, list)
    } else if (patch.type === 'header') {
      plan = { ...plan, header: apply ? patch.header : source.header }
    } else if (patch.type === 'signature') {
      const parts = apply ? patch : source
      plan = {
        ...plan,
        signature: parts.signature,
        archive: parts.archive,
        ...(replacesRecipients(source, patch) ? { recipients: parts.recipients } : {}),
      }
    } else if (patch.type === 'preamble') {
      const rest = plan.preamble.filter(b => b.id !== patch.block.id)
      plan = { ...plan, preamble: apply ? [patch.block, ...rest] : rest }
    }
  }
  if (replacements.size === 0) {
    return plan
  }
  return mapPlanText(plan, (slot, text) => {
    const list = replacements.get(slot.key)
    return list === undefined ? text : replaceAll(text, list)
  })
}

/** Applies non-overlapping replacements, right to left so earlier offsets stay valid. */
function replaceAll(text: string, list: readonly Replacement[]): string {
  let out = text
  for (const r of [...list].sort((a, b) => b.at - a.at)) {
    out = out.slice(0, r.at) + r.text + out.slice(r.at + r.length)
  }
  return out
}
