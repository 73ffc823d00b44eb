import { describe, expect, it } from 'vitest'
import { clauseDraft } from '../../../shared/library/clause-draft'
import type { TaskRow } from '../../../shared/model/types'

describe('clauseDraft', () => {
  it('makes an approved entry from a block, its kind and text taken from the fragment', () => {
    const block = {
      type: 'item' as const,
      id: 'b',
      style: 'dash' as const,
      content: [{ text: 'Niêm yết công khai thủ tục hành chính.' }],
      children: [],
    }
    const source = { file: 'kh.kehoach', issuer: 'UBND xã Tân Lập', year: 2024 }
    expect(clauseDraft({ kind: 'item', block }, source)).toEqual({
      kind: 'item',
      fragment: { kind: 'item', block },
      text: 'Niêm yết công khai thủ tục hành chính.',
      tags: {},
      source,
      status: 'approved',
    })
  })

  it('keeps a task row’s tags and searches its cells', () => {
    const row: TaskRow = {
      type: 'task',
      id: 'r',
      fields: { task: 'Rà soát quy trình', lead: 'Văn phòng' },
      tags: { papi: 'p6' },
    }
    const draft = clauseDraft({ kind: 'task-row', row }, {}, row.tags)
    expect(draft.kind).toBe('task-row')
    expect(draft.tags).toEqual({ papi: 'p6' })
    expect(draft.text).toContain('Rà soát quy trình')
    expect(draft.text).toContain('Văn phòng')
  })
})
