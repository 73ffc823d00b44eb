/** A version file as pruning sees it: its name, when it was saved, and its size. */
export type StoredVersion = {
  readonly name: string
  readonly time: number
  readonly size: number
}

/** How many versions a plan keeps, and how much room they may take. */
export type PrunePolicy = {
  /** The newest versions kept whatever their day. */
  readonly keepRecent: number
  /** Beyond those, the newest version of each of this many earlier days. */
  readonly keepDaily: number
  /** All kept versions of one plan together stay under this (the newest is always kept). */
  readonly maxBytes: number
}

/**
 * The default bound: 30 recent saves, then one a day for 60 more days, at most 8 MB per plan. A
 * plan's version is a gzip of its JSON (the ~1,000-block bench plan: about 40 kB), so the count
 * bound is the one that usually applies; the byte cap guards huge plans.
 */
export const VERSION_POLICY: PrunePolicy = {
  keepRecent: 30,
  keepDaily: 60,
  maxBytes: 8 * 1024 * 1024,
}

/**
 * The names of the versions to keep: the newest `keepRecent`, then the newest one of each earlier
 * day (`dayOf` names a day) up to `keepDaily` days, newest first until `maxBytes` is reached.
 */
export function versionsToKeep(
  versions: readonly StoredVersion[],
  policy: PrunePolicy,
  dayOf: (time: number) => string
): Set<string> {
  const newestFirst = [...versions].sort((a, b) => b.time - a.time || (a.name < b.name ? 1 : -1))
  const days = new Set<string>()
  let daily = 0
  let bytes = 0
  let full = false
  const keep = new Set<string>()
  newestFirst.forEach((v, i) => {
    const day = dayOf(v.time)
    const recent = i < policy.keepRecent
    const firstOfDay = !days.has(day) && daily < policy.keepDaily
    days.add(day)
    if (!recent && !firstOfDay) {
      return
    }
    // Past the cap nothing older is kept either: an old small version never outlives a newer one.
    if (i > 0 && (full || bytes + v.size > policy.maxBytes)) {
      full = true
      return
    }
    if (!recent) {
      daily++
    }
    bytes += v.size
    keep.add(v.name)
  })
  return keep
}

/** The local calendar day of a time (the clerk's day, not UTC's). */
export function localDay(time: number): string {
  const d = new Date(time)
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`
}
