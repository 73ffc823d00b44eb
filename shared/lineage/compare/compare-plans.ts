import type { Plan } from '../../model'
import { alignUnits } from './align-units'
import { planUnits } from './plan-units'
import type { CompareChange, CompareCounts, Comparison } from './types'

/**
 * Compares an older and a newer plan block by block (header fields, trích yếu, căn cứ, body
 * blocks, Nơi nhận, signature, appendix rows), with word-level changes inside aligned blocks.
 * Pure; the changes are numbered `d1`, `d2`, … in the newer plan's reading order.
 */
export function comparePlans(older: Plan, newer: Plan): Comparison {
  const entries = alignUnits(planUnits(older), planUnits(newer))
  const changes: CompareChange[] = []
  for (const entry of entries) {
    if (entry.type !== 'same') {
      changes.push({ ...entry, id: `d${changes.length + 1}` })
    }
  }
  return { entries, changes, counts: countChanges(changes) }
}

/** How many changes of each type. */
export function countChanges(changes: readonly CompareChange[]): CompareCounts {
  const counts = { added: 0, removed: 0, changed: 0, moved: 0 }
  for (const change of changes) {
    counts[change.type] += 1
  }
  return counts
}
