import type { DocRun } from '../doc-types'

/** Runs with neighbours of the same emphasis merged and blanks collapsed. */
export function mergeRuns(runs: readonly DocRun[]): DocRun[] {
  const out: DocRun[] = []
  for (const r of runs) {
    const text = r.text.replace(/\s+/g, ' ')
    const last = out[out.length - 1]
    if (last && last.bold === r.bold && last.italic === r.italic) {
      out[out.length - 1] = { ...last, text: last.text + text }
    } else if (text !== '') {
      out.push({ text, bold: r.bold, italic: r.italic })
    }
  }
  return out
}

/** Runs with the blanks at both ends removed. */
export function trimRuns(runs: readonly DocRun[]): DocRun[] {
  const out = runs.map(r => ({ ...r }))
  while (out.length > 0) {
    const first = out[0] as DocRun
    const text = first.text.replace(/^\s+/, '')
    if (text !== '') {
      out[0] = { ...first, text }
      break
    }
    out.shift()
  }
  while (out.length > 0) {
    const last = out[out.length - 1] as DocRun
    const text = last.text.replace(/\s+$/, '')
    if (text !== '') {
      out[out.length - 1] = { ...last, text }
      break
    }
    out.pop()
  }
  return out
}

/** Plain text of runs. */
export const runsText = (runs: readonly DocRun[]): string => runs.map(r => r.text).join('')

/**
 * Joins a line's runs to the runs before it with a space (Vietnamese is not hyphenated); a
 * compound broken at its own hyphen (`11-` / `NQ/HU`) is joined without one.
 */
export function joinRuns(before: readonly DocRun[], line: readonly DocRun[]): DocRun[] {
  const last = before[before.length - 1]
  if (!last) {
    return [...line]
  }
  const glue = /[\p{L}\p{N}]-$/u.test(last.text) ? '' : ' '
  return mergeRuns([...before.slice(0, -1), { ...last, text: last.text + glue }, ...line])
}
