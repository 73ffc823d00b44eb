import { newId } from '../model/ids'
import type { Run, TextRun } from '../model/types'
import type { DocRun } from './doc-types'

/** Drops the first `count` characters of the text runs (a typed list marker). */
export function dropPrefix(runs: readonly DocRun[], count: number): DocRun[] {
  let rest = count
  const out: DocRun[] = []
  for (const run of runs) {
    if (rest > 0 && run.footnote === undefined) {
      const cut = Math.min(rest, run.text.length)
      rest -= cut
      if (run.text.length > cut) {
        out.push({ ...run, text: run.text.slice(cut) })
      }
    } else {
      out.push(run)
    }
  }
  return out
}

/** Drops `mark` (e.g. `./.`) and trailing blanks from the end of the last text run. */
export function dropSuffix(runs: readonly DocRun[], pattern: RegExp): DocRun[] {
  const out = [...runs]
  for (let i = out.length - 1; i >= 0; i--) {
    const run = out[i] as DocRun
    if (run.footnote !== undefined || run.text.trim() === '') {
      continue
    }
    out[i] = { ...run, text: run.text.replace(pattern, '') }
    break
  }
  return out.filter(r => r.footnote !== undefined || r.text !== '')
}

function textRun(text: string, bold: boolean, italic: boolean): TextRun {
  return { text, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) }
}

/**
 * Doc runs → model runs: emphasis the paragraph already has (`base`) is removed, neighbours with
 * the same look are merged, the first run's leading blanks trimmed, footnotes become FootnoteRuns.
 */
export function modelRuns(
  runs: readonly DocRun[],
  base: { bold?: boolean; italic?: boolean } = {}
): Run[] {
  const out: Run[] = []
  for (const run of runs) {
    if (run.footnote !== undefined) {
      out.push({
        type: 'footnote',
        id: newId(),
        content: mergeText(run.footnote.map(r => textRun(r.text, r.bold, r.italic))),
      })
      continue
    }
    const next = textRun(run.text, run.bold && !base.bold, run.italic && !base.italic)
    const prev = out[out.length - 1]
    if (prev && !('type' in prev) && prev.bold === next.bold && prev.italic === next.italic) {
      out[out.length - 1] = { ...prev, text: prev.text + next.text }
    } else {
      out.push(next)
    }
  }
  const first = out[0]
  if (first && !('type' in first)) {
    const text = first.text.replace(/^[\s\u00a0]+/u, '')
    if (text === '') {
      out.shift()
    } else {
      out[0] = { ...first, text }
    }
  }
  const last = out[out.length - 1]
  if (last && !('type' in last)) {
    const text = last.text.replace(/[\s\u00a0]+$/u, '')
    if (text === '') {
      out.pop()
    } else {
      out[out.length - 1] = { ...last, text }
    }
  }
  return out
}

function mergeText(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = []
  for (const r of runs) {
    const prev = out[out.length - 1]
    if (prev && prev.bold === r.bold && prev.italic === r.italic) {
      out[out.length - 1] = { ...prev, text: prev.text + r.text }
    } else {
      out.push(r)
    }
  }
  return out
}

/** Whether every non-blank text run has the flag. */
export function allRuns(runs: readonly DocRun[], flag: 'bold' | 'italic'): boolean {
  const text = runs.filter(r => r.footnote === undefined && r.text.trim() !== '')
  return text.length > 0 && text.every(r => r[flag])
}
