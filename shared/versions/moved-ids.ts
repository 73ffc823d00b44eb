/**
 * The elements of `after` (all also in `before`) that moved: those outside one longest run that
 * kept its relative order (a longest increasing subsequence of old positions, O(n log n)).
 */
export function movedIds(before: readonly string[], after: readonly string[]): string[] {
  const position = new Map(before.map((id, i) => [id, i]))
  const values = after.map(id => position.get(id) ?? -1)
  // tails[k]: index in `values` of the smallest tail of an increasing run of length k + 1.
  const tails: number[] = []
  const previous: number[] = []
  values.forEach((value, i) => {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (values[tails[mid]!]! < value) {
        lo = mid + 1
      } else {
        hi = mid
      }
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1
    tails[lo] = i
  })
  const keep = new Set<number>()
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) {
    keep.add(i)
  }
  return after.filter((_id, i) => !keep.has(i))
}
