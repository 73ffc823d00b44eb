import type { Run, TextRun } from '../model/types'

/** Plain text of inline runs, footnote bodies left out. */
export function runsText(runs: readonly Run[]): string {
  let out = ''
  for (const run of runs) {
    if (!('type' in run)) {
      out += run.text
    }
  }
  return out
}

/** Plain text of inline runs including footnote bodies (used to prove no text is lost). */
export function runsAllText(runs: readonly Run[]): string {
  let out = ''
  for (const run of runs) {
    out += 'type' in run ? runsText(run.content) : run.text
  }
  return out
}

/** A one-run paragraph body from plain text. */
export function plainRuns(text: string): readonly TextRun[] {
  return text === '' ? [] : [{ text }]
}

/** Whether the runs carry any non-blank text. */
export function runsHaveText(runs: readonly Run[]): boolean {
  return runsText(runs).trim() !== ''
}
