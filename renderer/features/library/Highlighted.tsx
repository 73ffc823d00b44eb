import type { MatchRange } from '../../../shared/library/types'

/** Text with the matched ranges marked. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly MatchRange[] }) {
  const parts: React.ReactNode[] = []
  let at = 0
  for (const [i, r] of [...ranges].sort((a, b) => a.start - b.start).entries()) {
    if (r.start < at) {
      continue
    }
    parts.push(text.slice(at, r.start), <mark key={i}>{text.slice(r.start, r.end)}</mark>)
    at = r.end
  }
  parts.push(text.slice(at))
  return <span className="highlighted">{parts}</span>
}
