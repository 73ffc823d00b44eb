import { describe, expect, it } from 'vitest'
import { createPlan } from '../../../../shared/model/create-plan'
import {
  COALESCE_MS,
  EMPTY_HISTORY,
  MAX_STEPS,
  reduceHistory,
  type EditedPlan,
  type HistoryAction,
} from '../../../../shared/model/history'
import type { Plan } from '../../../../shared/model/types'

const base: Plan = { ...createPlan(), subject: '' }
const start: EditedPlan = { plan: base, history: EMPTY_HISTORY }

/** An edit setting the trích yếu to `subject`. */
const type = (subject: string, key = 'subject', now = 0): HistoryAction => ({
  type: 'edit',
  change: p => ({ ...p, subject }),
  key,
  now,
})
const UNDO: HistoryAction = { type: 'undo' }
const REDO: HistoryAction = { type: 'redo' }

const run = (actions: readonly HistoryAction[], from = start): EditedPlan =>
  actions.reduce(reduceHistory, from)

describe('reduceHistory', () => {
  it.each<[string, HistoryAction[], string, number, number]>([
    // name, actions, subject after, undo steps, redo steps
    ['one edit', [type('a')], 'a', 1, 0],
    [
      'quick edits of one field join one step',
      [type('a', 'subject', 0), type('ab', 'subject', 500)],
      'ab',
      1,
      0,
    ],
    [
      'edits further apart than COALESCE_MS are two steps',
      [type('a', 'subject', 0), type('ab', 'subject', COALESCE_MS)],
      'ab',
      2,
      0,
    ],
    [
      'edits of two fields are two steps',
      [type('a', 'subject', 0), type('ab', 'title', 10)],
      'ab',
      2,
      0,
    ],
    ['undo goes back one step', [type('a', 'k1', 0), type('ab', 'k2', 10), UNDO], 'a', 1, 1],
    [
      'undo twice reaches the start',
      [type('a', 'k1', 0), type('ab', 'k2', 10), UNDO, UNDO],
      '',
      0,
      2,
    ],
    [
      'redo comes forward again',
      [type('a', 'k1', 0), type('ab', 'k2', 10), UNDO, UNDO, REDO],
      'a',
      1,
      1,
    ],
    ['an edit after undo clears redo', [type('a', 'k1', 0), UNDO, type('x', 'k1', 20)], 'x', 1, 0],
    [
      'an edit after undo never joins the undone step',
      [type('a', 'k1', 0), UNDO, REDO, type('ab', 'k1', 1)],
      'ab',
      2,
      0,
    ],
  ])('%s', (_, actions, subject, undo, redo) => {
    const out = run(actions)
    expect(out.plan.subject).toBe(subject)
    expect(out.history.undo).toHaveLength(undo)
    expect(out.history.redo).toHaveLength(redo)
  })

  it('returns the same state when nothing changes (no empty undo step)', () => {
    expect(reduceHistory(start, UNDO)).toBe(start)
    expect(reduceHistory(start, REDO)).toBe(start)
    expect(reduceHistory(start, { type: 'edit', change: p => p, key: 'k', now: 0 })).toBe(start)
  })

  it('restores the very plan objects it replaced', () => {
    const edited = run([type('a')])
    const undone = reduceHistory(edited, UNDO)
    expect(undone.plan).toBe(base)
    expect(reduceHistory(undone, REDO).plan).toBe(edited.plan)
  })

  it(`keeps at most ${MAX_STEPS} undo steps, forgetting the oldest`, () => {
    const edits = Array.from({ length: MAX_STEPS + 5 }, (_, i) => type(`s${i}`, `k${i}`, i))
    const out = run(edits)
    expect(out.history.undo).toHaveLength(MAX_STEPS)
    expect(out.history.undo[0]?.subject).toBe('s4')
  })
})
