import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { restorePlanFile, type Plan } from '../../../shared/model'
import { listSlots } from '../../../shared/lineage'
import { groupByOwner } from '../../../shared/lineage/owners'

/** The five sample plans' names. */
export const SAMPLES = ['000', '001', '002', '003', '004'] as const

/** Reads and restores `resources/samples/<name>.kehoach`. */
export function samplePlan(name: string): Plan {
  const file = resolve(import.meta.dirname, '../../../resources/samples', `${name}.kehoach`)
  const result = restorePlanFile(JSON.parse(readFileSync(file, 'utf8')))
  if (!result.ok) {
    throw new Error(`Cannot restore sample ${name}: ${result.error.message}`)
  }
  return result.plan
}

/** All the plan's text, one block, title or row a line (to count phrases in). */
export function planText(plan: Plan): string {
  return groupByOwner(listSlots(plan))
    .map(owner => owner.text)
    .join('\n')
}

/** How many times `phrase` occurs in `text`. */
export function countOf(text: string, phrase: string): number {
  return text.split(phrase).length - 1
}
