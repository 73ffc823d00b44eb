import { toRoman } from '../model/labels'
import { child, elements, val, type XmlElement } from './xml-node'

type Level = { readonly format: string; readonly text: string; readonly start: number }

/** Resolves Word's automatic list numbers (numId + ilvl) to the text Word would print. */
export type ListNumbering = {
  /** The printed label of the next paragraph of list `numId` at level `ilvl`, or undefined. */
  next(numId: string, ilvl: number): string | undefined
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** Word's own limits: list values 0…32767, levels 0…8. Hostile files state anything. */
const MAX_VALUE = 32767
const MAX_LEVEL = 8
/** Longest letter label Word would print (`aaaa`); past it the number stays Arabic. */
const MAX_LETTER_REPEAT = 4

/** A number read from the file, as an integer within `0…max` (`fallback` when not a number). */
export function bounded(raw: string | undefined, fallback: number, max = MAX_VALUE): number {
  const n = Number(raw)
  return raw === undefined || !Number.isFinite(n)
    ? fallback
    : Math.min(max, Math.max(0, Math.trunc(n)))
}

function letter(n: number): string {
  const times = Math.floor((n - 1) / 26) + 1
  if (n < 1 || times > MAX_LETTER_REPEAT) {
    return String(n)
  }
  return (LETTERS[(n - 1) % 26] ?? 'a').repeat(times)
}

function formatNumber(format: string, n: number): string {
  switch (format) {
    case 'lowerLetter':
      return letter(n)
    case 'upperLetter':
      return letter(n).toUpperCase()
    case 'lowerRoman':
      return toRoman(n).toLowerCase()
    case 'upperRoman':
      return toRoman(n)
    case 'none':
      return ''
    default:
      return `${n}`
  }
}

function readLevels(abstract: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>()
  for (const lvl of elements(abstract, 'w:lvl')) {
    levels.set(bounded(lvl.attrs['w:ilvl'], 0, MAX_LEVEL), {
      format: val(lvl, 'w:numFmt') ?? 'decimal',
      // A label is a few characters; a hostile one is cut rather than copied to every paragraph.
      text: (val(lvl, 'w:lvlText') ?? '').slice(0, 64),
      start: bounded(val(lvl, 'w:start'), 1),
    })
  }
  return levels
}

/**
 * Reads numbering.xml. Counters are kept per abstract list, so several `w:num` sharing one
 * abstract list continue each other, except where a `w:lvlOverride/w:startOverride` restarts it
 * (at the first paragraph of that `w:num`). Advancing a level resets every deeper level.
 */
export function readNumbering(root: XmlElement | undefined): ListNumbering {
  const abstracts = new Map<string, Map<number, Level>>()
  const nums = new Map<string, { abstract: string; overrides: Map<number, number> }>()
  for (const a of root ? elements(root, 'w:abstractNum') : []) {
    abstracts.set(a.attrs['w:abstractNumId'] ?? '', readLevels(a))
  }
  for (const num of root ? elements(root, 'w:num') : []) {
    const overrides = new Map<number, number>()
    for (const o of elements(num, 'w:lvlOverride')) {
      const start = val(o, 'w:startOverride')
      if (start !== undefined) {
        overrides.set(bounded(o.attrs['w:ilvl'], 0, MAX_LEVEL), bounded(start, 1))
      }
    }
    nums.set(num.attrs['w:numId'] ?? '', { abstract: val(num, 'w:abstractNumId') ?? '', overrides })
  }
  const counters = new Map<string, number[]>()
  const started = new Set<string>()
  return {
    next(numId, ilvl) {
      const num = nums.get(numId)
      const levels = num && abstracts.get(num.abstract)
      const level = levels?.get(ilvl)
      if (!num || !levels || !level) {
        return undefined
      }
      let counts = counters.get(num.abstract)
      if (!counts) {
        counts = []
        counters.set(num.abstract, counts)
      }
      if (!started.has(numId)) {
        started.add(numId)
        for (const [l, start] of num.overrides) {
          counts[l] = start - 1
        }
      }
      const current = counts[ilvl]
      counts[ilvl] = current === undefined ? level.start : Math.min(MAX_VALUE, current + 1)
      counts.length = ilvl + 1
      if (level.format === 'bullet') {
        return level.text === '+' ? '+' : '-'
      }
      return level.text.replace(/%(\d)/g, (_m, d: string) => {
        const l = Number(d) - 1
        const lv = levels.get(l)
        return formatNumber(lv?.format ?? 'decimal', counts[l] ?? lv?.start ?? 1)
      })
    },
  }
}

/** The `w:numPr` of a paragraph's properties: list id and level, when numbered. */
export function numPr(pPr: XmlElement | undefined): { numId: string; ilvl: number } | undefined {
  const pr = child(pPr, 'w:numPr')
  const numId = val(pr, 'w:numId')
  return numId === undefined || numId === '0'
    ? undefined
    : { numId, ilvl: bounded(val(pr, 'w:ilvl'), 0, MAX_LEVEL) }
}
