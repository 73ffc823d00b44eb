import { diffArrays } from 'diff'
import { matchMoves } from './match-moves'
import { sameGroup } from './same-group'
import type { CompareEntry, PlanUnit, UnitRef } from './types'
import { similarityMeter, wordParts, type Similarity } from './word-parts'

/** Least similarity for a removed and an added unit of one hunk to be one changed unit. */
const CHANGED_MIN = 0.4
/** How far ahead in a hunk an added unit is looked for, so huge hunks stay linear. */
const PAIR_WINDOW = 40

/** A unit of the older plan waiting for its place in the newer plan's order. */
type Pending = { readonly type: 'removed'; readonly older: UnitRef }

/**
 * Aligns the units of two plans: jsdiff's diffArrays keeps the longest run of units that are the
 * same node (same key) or have the same text; inside each hunk between them a removed and an
 * added unit that are alike enough become one `changed` unit; what is left is matched across the
 * plan for `moved` units (see match-moves.ts). Entries come in the newer plan's order.
 */
export function alignUnits(
  olderUnits: readonly PlanUnit[],
  newerUnits: readonly PlanUnit[]
): CompareEntry[] {
  const older = olderUnits.map((u, index): UnitRef => ({ ...u, index }))
  const newer = newerUnits.map((u, index): UnitRef => ({ ...u, index }))
  const chunks = diffArrays(older, newer, {
    comparator: (a, b) => a.area === b.area && (a.key === b.key || a.text === b.text),
  })
  const similarity = similarityMeter()
  const draft: (CompareEntry | Pending)[] = []
  let oi = 0
  let ni = 0
  let removed: UnitRef[] = []
  let added: UnitRef[] = []
  const flush = () => {
    draft.push(...pairHunk(removed, added, similarity))
    removed = []
    added = []
  }
  for (const chunk of chunks) {
    const count = chunk.count
    if (chunk.removed) {
      removed.push(...older.slice(oi, oi + count))
      oi += count
    } else if (chunk.added) {
      added.push(...newer.slice(ni, ni + count))
      ni += count
    } else {
      flush()
      for (let k = 0; k < count; k += 1) {
        draft.push(kept(older[oi + k]!, newer[ni + k]!))
      }
      oi += count
      ni += count
    }
  }
  flush()
  return matchMoves(placeRemoved(draft, newer.length), similarity)
}

function kept(older: UnitRef, newer: UnitRef): CompareEntry {
  return older.text === newer.text
    ? { type: 'same', older, newer }
    : { type: 'changed', older, newer, parts: wordParts(older.text, newer.text) }
}

/** Pairs alike removed and added units of one hunk, in order; the rest stay removed or added. */
function pairHunk(
  removed: readonly UnitRef[],
  added: readonly UnitRef[],
  similarity: Similarity
): (CompareEntry | Pending)[] {
  const out: (CompareEntry | Pending)[] = []
  let next = 0
  for (const r of removed) {
    const end = Math.min(added.length, next + PAIR_WINDOW)
    let match = -1
    for (let j = next; j < end; j += 1) {
      const a = added[j]!
      if (
        sameGroup(r, a) &&
        (a.key === r.key || similarity(r.text, a.text, CHANGED_MIN) >= CHANGED_MIN)
      ) {
        match = j
        break
      }
    }
    if (match < 0) {
      out.push({ type: 'removed', older: r })
      continue
    }
    for (; next < match; next += 1) {
      out.push({ type: 'added', newer: added[next]! })
    }
    out.push(kept(r, added[match]!))
    next = match + 1
  }
  for (; next < added.length; next += 1) {
    out.push({ type: 'added', newer: added[next]! })
  }
  return out
}

/** Gives each removed unit the index of the newer unit it stood before. */
function placeRemoved(draft: readonly (CompareEntry | Pending)[], total: number): CompareEntry[] {
  const out: CompareEntry[] = new Array<CompareEntry>(draft.length)
  let before = total
  for (let i = draft.length - 1; i >= 0; i -= 1) {
    const entry = draft[i]!
    if (entry.type === 'removed') {
      out[i] = { ...entry, before }
    } else {
      out[i] = entry
      if ('newer' in entry) {
        before = entry.newer.index
      }
    }
  }
  return out
}
