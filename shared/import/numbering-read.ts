import { toRoman } from '../model/labels'
import { child, elements, val, type XmlElement } from './xml-node'

type Level = {
  readonly format: string
  readonly text: string
  readonly start: number
  /** The paragraph style linked to this level (`w:pStyle`), as headings linked to a list. */
  readonly style?: string
}

/** Resolves Word's automatic list numbers (numId + ilvl) to the text Word would print. */
export type ListNumbering = {
  /** The printed label of the next paragraph of list `numId` at level `ilvl`, or undefined. */
  next(numId: string, ilvl: number): string | undefined
  /** The level of list `numId` linked to paragraph style `styleId` (`w:lvl/w:pStyle`), if any. */
  styleLevel(numId: string, styleId: string): number | undefined
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** Word's own limits: list values 0…32767, levels 0…8. Hostile files state anything. */
const MAX_VALUE = 32767
export const MAX_LEVEL = 8
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

function readLevel(lvl: XmlElement): Level {
  return {
    format: val(lvl, 'w:numFmt') ?? 'decimal',
    // A label is a few characters; a hostile one is cut rather than copied to every paragraph.
    text: (val(lvl, 'w:lvlText') ?? '').slice(0, 64),
    start: bounded(val(lvl, 'w:start'), 1),
    ...(val(lvl, 'w:pStyle') !== undefined ? { style: val(lvl, 'w:pStyle') } : {}),
  }
}

function readLevels(abstract: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>()
  for (const lvl of elements(abstract, 'w:lvl')) {
    levels.set(bounded(lvl.attrs['w:ilvl'], 0, MAX_LEVEL), readLevel(lvl))
  }
  return levels
}

type Num = {
  readonly abstract: string
  /** Levels restarted at the first paragraph of this num (`w:startOverride`). */
  readonly starts: Map<number, number>
  /** Levels whose definition this num replaces (a full `w:lvl` inside `w:lvlOverride`). */
  readonly levels: Map<number, Level>
}

function readNum(num: XmlElement): Num {
  const starts = new Map<number, number>()
  const levels = new Map<number, Level>()
  for (const o of elements(num, 'w:lvlOverride')) {
    const ilvl = bounded(o.attrs['w:ilvl'], 0, MAX_LEVEL)
    const start = val(o, 'w:startOverride')
    if (start !== undefined) {
      starts.set(ilvl, bounded(start, 1))
    }
    const lvl = child(o, 'w:lvl')
    if (lvl) {
      levels.set(ilvl, readLevel(lvl))
    }
  }
  return { abstract: val(num, 'w:abstractNumId') ?? '', starts, levels }
}

function merged(
  base: ReadonlyMap<number, Level>,
  own: ReadonlyMap<number, Level>
): ReadonlyMap<number, Level> {
  return own.size === 0 ? base : new Map([...base, ...own])
}

/** The printed text of one bullet level: `+` under another bullet level, else `-`. */
function bullet(levels: ReadonlyMap<number, Level>, ilvl: number, level: Level): string {
  return level.text === '+' || levels.get(ilvl - 1)?.format === 'bullet' ? '+' : '-'
}

/**
 * Reads numbering.xml. Counters are kept per abstract list, so several `w:num` sharing one
 * abstract list continue each other, except where a `w:lvlOverride/w:startOverride` restarts it
 * (at the first paragraph of that `w:num`); a `w:lvlOverride` holding a full `w:lvl` replaces
 * that level's format, text and start for that `w:num` only. Advancing a level resets every
 * deeper level. A bullet level under another bullet level prints `+`, as Decree-30 plans do.
 */
export function readNumbering(root: XmlElement | undefined): ListNumbering {
  const abstracts = new Map<string, Map<number, Level>>()
  const nums = new Map<string, Num>()
  for (const a of root ? elements(root, 'w:abstractNum') : []) {
    abstracts.set(a.attrs['w:abstractNumId'] ?? '', readLevels(a))
  }
  for (const num of root ? elements(root, 'w:num') : []) {
    nums.set(num.attrs['w:numId'] ?? '', readNum(num))
  }
  const counters = new Map<string, number[]>()
  const started = new Set<string>()
  const levelsOf = (num: Num | undefined): ReadonlyMap<number, Level> | undefined => {
    const base = num && abstracts.get(num.abstract)
    return num && base ? merged(base, num.levels) : undefined
  }
  return {
    styleLevel(numId, styleId) {
      for (const [ilvl, level] of levelsOf(nums.get(numId)) ?? []) {
        if (level.style === styleId) {
          return ilvl
        }
      }
      return undefined
    },
    next(numId, ilvl) {
      const num = nums.get(numId)
      const levels = levelsOf(num)
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
        for (const [l, start] of num.starts) {
          counts[l] = start - 1
        }
      }
      const current = counts[ilvl]
      counts[ilvl] = current === undefined ? level.start : Math.min(MAX_VALUE, current + 1)
      counts.length = ilvl + 1
      if (level.format === 'bullet') {
        return bullet(levels, ilvl, level)
      }
      return level.text.replace(/%(\d)/g, (_m, d: string) => {
        const l = Number(d) - 1
        const lv = levels.get(l)
        return formatNumber(lv?.format ?? 'decimal', counts[l] ?? lv?.start ?? 1)
      })
    },
  }
}
