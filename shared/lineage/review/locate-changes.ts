import type { Plan } from '../../model'
import { listSlots } from '../text-slots'
import type { LineageChange, TextPatch } from '../types'

/**
 * Where a text change is in the current plan: applied or undone at `at` of its slot (`before` is
 * the source's text there, `after` the change's), or lost.
 */
export type TextLocation =
  | {
      readonly state: 'applied' | 'undone'
      readonly slot: string
      readonly at: number
      readonly before: string
      readonly after: string
    }
  | { readonly state: 'edited' }

/** Characters of the source on each side of a change used to find it after the clerk typed. */
const ANCHOR = 10

/**
 * Finds each text change of a review in the CURRENT plan (which the clerk may have edited and
 * where changes may have been undone): first where the source offsets say, shifted by the
 * changes before it in the slot; else by the source text on both sides of it, when that occurs
 * exactly once. A change that cannot be found either way is `edited` (typed over by the clerk).
 */
export function locateTextChanges(
  current: Plan,
  source: Plan,
  changes: readonly LineageChange[]
): Map<string, TextLocation> {
  const currentText = slotTexts(current)
  const sourceText = slotTexts(source)
  const bySlot = new Map<string, { id: string; patch: TextPatch }[]>()
  for (const change of changes) {
    if (change.patch.type === 'text') {
      const list = bySlot.get(change.location.slot) ?? []
      list.push({ id: change.id, patch: change.patch })
      bySlot.set(change.location.slot, list)
    }
  }
  const found = new Map<string, TextLocation>()
  for (const [slot, list] of bySlot) {
    const text = currentText.get(slot)
    const src = sourceText.get(slot) ?? ''
    let shift = 0
    for (const { id, patch } of [...list].sort((a, b) => a.patch.start - b.patch.start)) {
      const before = src.slice(patch.start, patch.end)
      const location =
        text === undefined ? undefined : locateOne(text, src, patch, before, patch.start + shift)
      if (location === undefined) {
        found.set(id, { state: 'edited' })
        continue
      }
      const grown = location.state === 'applied' ? patch.text.length - before.length : 0
      shift = location.at - patch.start + grown
      found.set(id, { ...location, slot, before, after: patch.text })
    }
  }
  return found
}

function locateOne(
  text: string,
  src: string,
  patch: TextPatch,
  before: string,
  expected: number
): { state: 'applied' | 'undone'; at: number } | undefined {
  if (text.startsWith(patch.text, expected)) {
    return { state: 'applied', at: expected }
  }
  if (text.startsWith(before, expected)) {
    return { state: 'undone', at: expected }
  }
  const left = src.slice(Math.max(0, patch.start - ANCHOR), patch.start)
  const right = src.slice(patch.end, patch.end + ANCHOR)
  const hits = [
    ...occurrences(text, left + patch.text + right).map(i => ({
      state: 'applied' as const,
      at: i,
    })),
    ...occurrences(text, left + before + right).map(i => ({ state: 'undone' as const, at: i })),
  ]
  const [only] = hits
  return hits.length === 1 && only ? { state: only.state, at: only.at + left.length } : undefined
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = []
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    out.push(i)
  }
  return out
}

/** Slot texts per plan: plans are immutable, and the source is read on every edit. */
const textsOf = new WeakMap<Plan, ReadonlyMap<string, string>>()

function slotTexts(plan: Plan): ReadonlyMap<string, string> {
  let texts = textsOf.get(plan)
  if (texts === undefined) {
    texts = new Map(listSlots(plan).map(s => [s.key, s.text]))
    textsOf.set(plan, texts)
  }
  return texts
}
