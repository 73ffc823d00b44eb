import type { Run } from '../../../shared/model/types'

/** The end-of-content mark of Decree 30, glued to the last sentence. */
export const END_MARK = './.'

/**
 * Runs of the last closing paragraph ending with `./.`: added when absent, the sentence's own
 * full stop folded into the mark (`… thực hiện.` → `… thực hiện./.`). Pure; the docx builder can share it.
 */
export function withEndMark(runs: readonly Run[]): readonly Run[] {
  const last = findLastTextRun(runs)
  if (last === -1) {
    return [...runs, { text: END_MARK }]
  }
  const run = runs[last]
  if (run === undefined || 'type' in run) {
    return runs
  }
  const text = run.text.trimEnd()
  if (text.endsWith(END_MARK)) {
    return runs
  }
  const stem = text.endsWith('.') ? text.slice(0, -1) : text
  const before = runs.slice(0, last)
  // Only blank text runs and footnotes can follow; the blank ones would push the mark off the words.
  const after = runs.slice(last + 1).filter(r => 'type' in r)
  if (after.length === 0) {
    return [...before, { ...run, text: `${stem}${END_MARK}` }]
  }
  // A footnote follows the last words: keep it, put the mark after it.
  return [...before, { ...run, text: stem }, ...after, { text: END_MARK }]
}

function findLastTextRun(runs: readonly Run[]): number {
  for (let i = runs.length - 1; i >= 0; i -= 1) {
    const run = runs[i]
    if (run !== undefined && !('type' in run) && run.text.trim() !== '') {
      return i
    }
  }
  return -1
}
