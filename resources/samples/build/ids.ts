/** Deterministic id source for one sample plan, so re-running the builder gives identical files. */
export type IdSource = {
  /** Next id with the given kind letter, e.g. `s003-b12`. */
  readonly next: (kind: string) => string
}

/** Creates an id source whose ids start with `s<seed>-`. */
export function createIdSource(seed: string): IdSource {
  const counters = new Map<string, number>()
  return {
    next: kind => {
      const n = (counters.get(kind) ?? 0) + 1
      counters.set(kind, n)
      return `s${seed}-${kind}${n}`
    },
  }
}
