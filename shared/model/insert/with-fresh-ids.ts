import { newId } from '../ids'
import type { Block, Run } from '../types'

/** A deep copy of blocks (footnotes included) with fresh ids: a clause may go into one plan many times. */
export function withFreshIds(blocks: readonly Block[], makeId: () => string = newId): Block[] {
  const runs = (content: readonly Run[]): Run[] =>
    content.map(r => ('type' in r ? { ...r, id: makeId() } : r))
  return blocks.map(b =>
    b.type === 'paragraph'
      ? { ...b, id: makeId(), content: runs(b.content) }
      : { ...b, id: makeId(), content: runs(b.content), children: withFreshIds(b.children, makeId) }
  )
}
