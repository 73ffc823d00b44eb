import { sameGroup } from './same-group'
import type { AddedEntry, CompareEntry, RemovedEntry } from './types'
import { wordParts, type Similarity } from './word-parts'

/** Least similarity for a removed and an added unit to be the same unit moved. */
const MOVED_MIN = 0.8
/** Past this many removed × added pairs only same-node and same-text moves are looked for. */
const FUZZY_LIMIT = 250_000

/**
 * Turns a removed unit and an added unit that are the same node, or have the same or nearly the
 * same text, into one `moved` entry at the added unit's place (remembering where it stood); the
 * removed entry goes. Prefers the same node, then the same text, then the most alike text.
 */
export function matchMoves(
  entries: readonly CompareEntry[],
  similarity: Similarity
): CompareEntry[] {
  const removed = entries.filter((e): e is RemovedEntry => e.type === 'removed')
  const added = entries.filter((e): e is AddedEntry => e.type === 'added')
  if (removed.length === 0 || added.length === 0) {
    return [...entries]
  }
  const taken = new Set<RemovedEntry>()
  const moves = new Map<AddedEntry, RemovedEntry>()
  const pass = (pick: (a: AddedEntry, r: RemovedEntry) => number) => {
    for (const a of added) {
      if (moves.has(a)) {
        continue
      }
      let best: RemovedEntry | undefined
      let bestScore = 0
      for (const r of removed) {
        if (taken.has(r) || !sameGroup(r.older, a.newer)) {
          continue
        }
        const score = pick(a, r)
        if (score > bestScore) {
          best = r
          bestScore = score
        }
      }
      if (best !== undefined) {
        taken.add(best)
        moves.set(a, best)
      }
    }
  }
  pass((a, r) => (a.newer.key === r.older.key ? 1 : 0))
  pass((a, r) => (a.newer.text === r.older.text && a.newer.text.trim() !== '' ? 1 : 0))
  if (removed.length * added.length <= FUZZY_LIMIT) {
    pass((a, r) => {
      const s = similarity(r.older.text, a.newer.text, MOVED_MIN)
      return s >= MOVED_MIN ? s : 0
    })
  }
  return entries.flatMap((e): CompareEntry[] => {
    if (e.type === 'removed') {
      return taken.has(e) ? [] : [e]
    }
    const from = e.type === 'added' ? moves.get(e) : undefined
    if (e.type !== 'added' || from === undefined) {
      return [e]
    }
    const { older, before } = from
    const parts = wordParts(older.text, e.newer.text)
    return [{ type: 'moved', older, newer: e.newer, before, parts }]
  })
}
