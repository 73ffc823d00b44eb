/** One phrase rewrite: `from` becomes `to` (whole words; a capitalised `from` is matched too). */
export type PhraseRule = {
  readonly from: string
  readonly to: string
}

/** Level words for deriving a plan one level down: rewrites, and marks of upper-level-only tasks. */
export type LevelWordRules = {
  readonly rewrite: readonly PhraseRule[]
  /** Regular expressions (Unicode) that mark a task only the upper level can do. */
  readonly upperOnly: readonly string[]
}

/** A rewrite found in a text: `[start, end)` of the source text and its replacement. */
export type PhraseMatch = {
  readonly start: number
  readonly end: number
  readonly from: string
  readonly to: string
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1)

/**
 * A matcher for a rule set: longest phrase first, whole words only, one pass (so a rewritten
 * phrase is never rewritten again). With `beforeName: false`, a phrase followed by a proper
 * name (`UBND tỉnh Lào Cai`) is left alone: it names a particular body, not a level.
 */
export function phraseMatcher(
  rules: readonly PhraseRule[],
  options: { readonly beforeName: boolean }
): (text: string) => PhraseMatch[] {
  const byPhrase = new Map<string, string>()
  for (const rule of rules) {
    const from = rule.from.normalize('NFC')
    const to = rule.to.normalize('NFC')
    byPhrase.set(from, to)
    if (!byPhrase.has(capitalise(from))) {
      byPhrase.set(capitalise(from), capitalise(to))
    }
  }
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length)
  if (phrases.length === 0) {
    return () => []
  }
  const name = options.beforeName ? '' : '(?![ \\t]+\\p{Lu})'
  const regex = new RegExp(
    `(?<![\\p{L}\\d])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\d])${name}`,
    'gu'
  )
  return text =>
    [...text.matchAll(regex)].map(m => ({
      start: m.index,
      end: m.index + m[0].length,
      from: m[0],
      to: byPhrase.get(m[0])!,
    }))
}
