import { describe, expect, it } from 'vitest'
import {
  applySubtreeMove,
  moveSubtree,
  moveSubtreeBefore,
  subtreeEnd,
} from '../../../../shared/model/outline'
import { outline, print } from './outline-fixture'

const PLAN = 'I a@0 a1@1 a2@1 a2x@2 b@0 b1@1 II c@0 d@0 III e@0 end'

/** The outline after Alt+Shift+↑ (-1) or ↓ (+1) on block `id`; the input when nothing moves. */
function keyMove(input: string, id: string, direction: -1 | 1): string {
  const entries = outline(input)
  const move = moveSubtree(
    entries,
    entries.findIndex(e => e.id === id),
    direction
  )
  return move ? print(applySubtreeMove(entries, move)) : input
}

/** The outline after dragging block `id` before block `before` in the outline pane. */
function dragMove(input: string, id: string, before: string): string {
  const entries = outline(input)
  const find = (name: string) => entries.findIndex(e => e.id === name)
  const move = moveSubtreeBefore(entries, find(id), find(before))
  return move ? print(applySubtreeMove(entries, move)) : input
}

describe('subtreeEnd', () => {
  it.each<[string, number]>([
    ['a', 5],
    ['a1', 3],
    ['a2', 5],
    ['b', 7],
    ['I', 1],
    ['e', 12],
  ])('the subtree of %s ends before entry %i', (id, end) => {
    const entries = outline(PLAN)
    expect(
      subtreeEnd(
        entries,
        entries.findIndex(e => e.id === id)
      )
    ).toBe(end)
  })
})

describe('moveSubtree (Alt+Shift+↑/↓)', () => {
  it.each<[string, string, -1 | 1, string]>([
    [
      'an item with its sub-items goes down past its next sibling',
      'a',
      1,
      'I b@0 b1@1 a@0 a1@1 a2@1 a2x@2 II c@0 d@0 III e@0 end',
    ],
    [
      'and up past its previous sibling and that sibling’s sub-items',
      'b',
      -1,
      'I b@0 b1@1 a@0 a1@1 a2@1 a2x@2 II c@0 d@0 III e@0 end',
    ],
    [
      'a sub-item moves among its siblings only',
      'a2',
      -1,
      'I a@0 a2@1 a2x@2 a1@1 b@0 b1@1 II c@0 d@0 III e@0 end',
    ],
    ['the first sub-item stays under its parent', 'a1', -1, PLAN],
    ['the last sub-item stays under its parent', 'a2', 1, PLAN],
    ['nothing crosses a section heading upwards', 'c', -1, PLAN],
    ['nothing crosses a section heading downwards', 'b', 1, PLAN],
    ['the last block stays before the closing', 'e', 1, PLAN],
    ['within a section', 'd', -1, 'I a@0 a1@1 a2@1 a2x@2 b@0 b1@1 II d@0 c@0 III e@0 end'],
    ['a section heading never moves', 'II', 1, PLAN],
  ])('%s', (_, id, direction, expected) => {
    expect(keyMove(PLAN, id, direction)).toBe(expected)
  })

  it('down then up is the identity', () => {
    expect(keyMove(keyMove(PLAN, 'a', 1), 'a', -1)).toBe(PLAN)
  })
})

describe('moveSubtreeBefore (dragging in the outline pane)', () => {
  it.each<[string, string, string, string]>([
    [
      'takes the level of the block it lands before, sub-items following',
      'a',
      'c',
      'I b@0 b1@1 II a@0 a1@1 a2@1 a2x@2 c@0 d@0 III e@0 end',
    ],
    [
      'goes deeper before a sub-item',
      'd',
      'a2',
      'I a@0 a1@1 d@1 a2@1 a2x@2 b@0 b1@1 II c@0 III e@0 end',
    ],
    [
      'comes out to the top level, its sub-items shifted alike',
      'a2',
      'e',
      'I a@0 a1@1 b@0 b1@1 II c@0 d@0 III a2@0 a2x@1 e@0 end',
    ],
    ['never into its own subtree', 'a', 'a2x', PLAN],
    ['is no move right after its own subtree', 'a', 'b', PLAN],
    ['never before a section heading', 'c', 'III', PLAN],
  ])('%s', (_, id, before, expected) => {
    expect(dragMove(PLAN, id, before)).toBe(expected)
  })
})
