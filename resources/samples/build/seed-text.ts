import type { FootnoteRun, Run, TextRun } from '../../../shared/model/types'
import type { IdSource } from './ids'

/** Removes HTML remnants, heading hashes and extra blanks from one seed line; keeps `*` markers. */
export function cleanLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(/^#+\s*/, '')
    .replace(/<sub>(.*?)<\/sub>/g, '$1')
    .replace(/<(?!sup>|\/sup>)\/?[a-z][^>]*>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/[\u00a0\u2009]/g, ' ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Strips every markdown emphasis marker and footnote anchor: the plain text of a line. */
export function plainText(line: string): string {
  return cleanLine(line)
    .replace(/<sup>\d+<\/sup>/g, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A line wholly wrapped in `**…**` or `***…***` (a bold heading); returns the inner text. */
export function wholeLineBold(line: string): string | undefined {
  const match = /^\*{2,3}([^*]+)\*{2,3}$/.exec(line)
  return match ? match[1]?.trim() : undefined
}

const INLINE = /(\*\*\*[^*]+\*\*\*|\*\*[^*]+\*\*|\*[^*]+\*|<sup>\d+<\/sup>)/

/**
 * Splits a cleaned line into runs: `***x***` bold italic, `**x**` bold, `*x*` italic, and
 * `<sup>n</sup>` footnote anchors whose text comes from `footnotes`.
 */
export function toRuns(line: string, footnotes: ReadonlyMap<string, string>, ids: IdSource): Run[] {
  const runs: Run[] = []
  for (const piece of line.split(INLINE)) {
    if (piece === '') {
      continue
    }
    const sup = /^<sup>(\d+)<\/sup>$/.exec(piece)
    if (sup) {
      const text = footnotes.get(sup[1] ?? '') ?? ''
      const footnote: FootnoteRun = { type: 'footnote', id: ids.next('fn'), content: [{ text }] }
      runs.push(footnote)
      continue
    }
    const stars = /^(\*+)([^*]+)\1$/.exec(piece)
    if (stars) {
      const n = stars[1]?.length ?? 0
      pushText(runs, {
        text: stars[2] ?? '',
        ...(n >= 2 ? { bold: true } : {}),
        ...(n !== 2 ? { italic: true } : {}),
      })
    } else {
      pushText(runs, { text: piece })
    }
  }
  return trimRuns(runs)
}

function pushText(runs: Run[], run: TextRun): void {
  const last = runs[runs.length - 1]
  if (last && !('type' in last) && last.bold === run.bold && last.italic === run.italic) {
    runs[runs.length - 1] = { ...last, text: last.text + run.text }
  } else {
    runs.push(run)
  }
}

/** Collapses blanks and trims the outer ends of a run list; drops empty text runs. */
function trimRuns(runs: Run[]): Run[] {
  const out = runs.map(run =>
    'type' in run ? run : { ...run, text: run.text.replace(/\s+/g, ' ') }
  )
  const first = out[0]
  if (first && !('type' in first)) {
    out[0] = { ...first, text: first.text.trimStart() }
  }
  const last = out[out.length - 1]
  if (last && !('type' in last)) {
    out[out.length - 1] = { ...last, text: last.text.trimEnd() }
  }
  return out.filter(run => 'type' in run || run.text !== '')
}
