import { describe, expect, it } from 'vitest'
import type { Clause } from '../../../shared/library/types'
import {
  droppedClause,
  endClauseDrag,
  isClauseDrop,
  startClauseDrag,
} from '../../../renderer/workspace/clause-drag'

/** A DataTransfer stand-in (node has none): typed data by MIME type. */
function transfer(): DataTransfer {
  const data = new Map<string, string>()
  return {
    effectAllowed: 'none',
    setData: (type: string, value: string) => void data.set(type, value),
    getData: (type: string) => data.get(type) ?? '',
    get types() {
      return [...data.keys()]
    },
  } as unknown as DataTransfer
}

const clause = {
  id: 'c1',
  kind: 'recipient',
  fragment: { kind: 'recipient', text: 'Sở Nội vụ' },
} as unknown as Clause

describe('clause drag payload', () => {
  it('carries the dragged clause itself to the drop', () => {
    const data = transfer()
    startClauseDrag(data, clause)
    expect(isClauseDrop(data)).toBe(true)
    expect(droppedClause(data)).toBe(clause)
    expect(data.effectAllowed).toBe('copy')
  })

  it('is no clause for other drops, nor for a drag that ended or came from elsewhere', () => {
    const text = transfer()
    text.setData('text/plain', 'chữ')
    expect(isClauseDrop(text)).toBe(false)
    expect(droppedClause(text)).toBeUndefined()

    const data = transfer()
    startClauseDrag(data, clause)
    const foreign = transfer()
    foreign.setData('application/x-skh-clause', 'other')
    expect(isClauseDrop(foreign)).toBe(true)
    expect(droppedClause(foreign)).toBeUndefined()
    endClauseDrag()
    expect(droppedClause(data)).toBeUndefined()
  })
})
