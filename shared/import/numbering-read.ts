import { toRoman } from '../model/labels'
import { child, elements, val, type XmlElement } from './xml-node'

type Level = { readonly format: string; readonly text: string; readonly start: number }

/** Resolves Word's automatic list numbers (numId + ilvl) to the text Word would print. */
export type ListNumbering = {
  /** The printed label of the next paragraph of list `numId` at level `ilvl`, or undefined. */
  next(numId: string, ilvl: number): string | undefined
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

function letter(n: number): string {
  const i = (n - 1) % 26
  return (LETTERS[i] ?? 'a').repeat(Math.floor((n - 1) / 26) + 1)
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
    levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), {
      format: val(lvl, 'w:numFmt') ?? 'decimal',
      text: val(lvl, 'w:lvlText') ?? '',
      start: Number(val(lvl, 'w:start') ?? 1),
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
        overrides.set(Number(o.attrs['w:ilvl'] ?? 0), Number(start))
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
      counts[ilvl] = current === undefined ? level.start : current + 1
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
    : { numId, ilvl: Number(val(pr, 'w:ilvl') ?? 0) }
}
