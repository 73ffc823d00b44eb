import { describe, expect, it } from 'vitest'
import { clauseInsertionPoint } from '../../../../shared/model/outline'
import { outline } from './outline-fixture'

const PLAN = outline('I a@0 a1@1 a1x@2 b@0 II c@0 III e@0 end')
const at = (id: string) => PLAN.findIndex(e => e.id === id)

describe('clauseInsertionPoint', () => {
  it.each<[string, string | undefined, { at: number; depth: number }]>([
    ['after the caret block and its sub-items, at its level', 'a', { at: 4, depth: 0 }],
    ['after a sub-item and its own sub-items, at the sub-item level', 'a1', { at: 4, depth: 1 }],
    ['at the deepest level from a deepest caret', 'a1x', { at: 4, depth: 2 }],
    ['right under a section heading, at the top level', 'II', { at: 6, depth: 0 }],
    ['before Tổ chức thực hiện from the closing', 'end', { at: at('III'), depth: 0 }],
    ['before Tổ chức thực hiện without a caret', undefined, { at: at('III'), depth: 0 }],
  ])('%s', (_, caret, expected) => {
    expect(clauseInsertionPoint(PLAN, caret === undefined ? undefined : at(caret))).toEqual(
      expected
    )
  })

  it('fills the caret block in its place when it is empty and has no sub-items', () => {
    const empty = (e: { id: string }) => e.id === 'b' || e.id === 'a'
    expect(clauseInsertionPoint(PLAN, at('b'), empty)).toEqual({ at: 4, depth: 0, replace: true })
    // An empty item with sub-items keeps them: the clause goes after the subtree.
    expect(clauseInsertionPoint(PLAN, at('a'), empty)).toEqual({ at: 4, depth: 0 })
    // A block with text is never replaced.
    expect(clauseInsertionPoint(PLAN, at('c'), empty)).toEqual({ at: 7, depth: 0 })
  })

  it('goes at the very end of a body without Tổ chức thực hiện', () => {
    expect(clauseInsertionPoint(outline('I a@0'), undefined)).toEqual({ at: 2, depth: 0 })
  })
})
