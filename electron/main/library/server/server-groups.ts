/** What near-duplicate grouping needs of a hit. */
export type Groupable = {
  readonly kind: string
  readonly dup_key: string
  /** pg_trgm's trigrams of the folded text (`show_trgm`), joined with `|`. */
  readonly trigrams: string
}

/** Texts at least this trigram-similar collapse into one hit (pg_trgm's default threshold is 0.3). */
const SIMILAR = 0.6

/** The trigram similarity pg_trgm's `similarity()` computes, over `show_trgm` sets. */
export function trigramSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) {
    return 0
  }
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const trigram of small) {
    if (large.has(trigram)) {
      shared++
    }
  }
  return shared / (a.size + b.size - shared)
}

/**
 * Groups the few dozen top hits of a search into near-duplicates: the same kind and
 * near-duplicate key, or texts whose pg_trgm trigrams (computed by the server for these hits
 * only, never across the table) are at least 0.6 similar. Returns each row's group root (the
 * index of the group's first row).
 */
export function groupHits(rows: readonly Groupable[]): number[] {
  const parent = rows.map((_, i) => i)
  const find = (i: number): number =>
    parent[i] === i ? i : (parent[i] = find(parent[i] as number))
  const union = (a: number, b: number) => {
    const [low, high] = [find(a), find(b)].sort((x, y) => x - y) as [number, number]
    parent[high] = low
  }
  const byKey = new Map<string, number>()
  rows.forEach((row, i) => {
    const key = `${row.kind}\u0000${row.dup_key}`
    const seen = byKey.get(key)
    if (seen === undefined) {
      byKey.set(key, i)
    } else {
      union(seen, i)
    }
  })
  // One text per near-duplicate key is compared: members of a key differ only in years, places
  // and level words, so they are as similar to other texts as their first member is.
  const compared = [...byKey.values()].map(i => ({
    i,
    kind: (rows[i] as Groupable).kind,
    trigrams: new Set((rows[i] as Groupable).trigrams.split('|').filter(t => t !== '')),
  }))
  compared.forEach((a, x) => {
    for (const b of compared.slice(x + 1)) {
      if (a.kind === b.kind && trigramSimilarity(a.trigrams, b.trigrams) >= SIMILAR) {
        union(a.i, b.i)
      }
    }
  })
  return rows.map((_, i) => find(i))
}
