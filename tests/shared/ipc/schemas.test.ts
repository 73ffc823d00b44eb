import { describe, expect, it } from 'vitest'
import { argSchemas } from '../../../shared/ipc/schemas'
import { clauseDraft } from '../../../shared/library/clause-draft'
import type { TaskRow } from '../../../shared/model/types'

const block = {
  type: 'item',
  id: 'b1',
  style: 'decimal',
  content: [{ text: 'Rà soát thủ tục hành chính', bold: true }],
  children: [{ type: 'paragraph', id: 'b2', content: [{ text: 'Hoàn thành trong quý I.' }] }],
} as const
const row: TaskRow = { type: 'task', id: 'r1', fields: { task: 'Tuyên truyền', lead: 'Văn phòng' } }
const source = { title: 'Kế hoạch CCHC năm 2025', issuer: 'UBND xã An Bình', year: 2025 }

const goodDrafts = [
  clauseDraft({ kind: 'item', block }, source, { papi: '1.2', section: 'tasks' }),
  clauseDraft({ kind: 'task-row', row }, source),
  clauseDraft({ kind: 'basis', line: { id: 'l1', content: [{ text: 'Căn cứ Luật …' }] } }, {}),
  clauseDraft({ kind: 'recipient', text: 'Như trên;' }, { level: 'xa' }),
]

const good = goodDrafts[0]!
const badDrafts: [string, unknown][] = [
  ['not an object', 'Như trên;'],
  ['no fragment', { ...good, fragment: undefined }],
  ['a kind other than its fragment’s', { ...good, kind: 'recipient' }],
  ['an unknown kind', { ...good, kind: 'macro' }],
  [
    'a block of an unknown type',
    { ...good, fragment: { kind: 'item', block: { type: 'script' } } },
  ],
  [
    'a block without content',
    { ...good, fragment: { kind: 'item', block: { ...block, content: undefined } } },
  ],
  [
    'a task row with a number for a cell',
    {
      ...good,
      kind: 'task-row',
      fragment: { kind: 'task-row', row: { ...row, fields: { task: 5 } } },
    },
  ],
  ['text that is not a string', { ...good, text: 42 }],
  ['an unknown section', { ...good, tags: { section: 'appendix' } }],
  ['no tags', { ...good, tags: undefined }],
  ['a year that is not a number', { ...good, source: { year: '2025' } }],
  ['an unknown status', { ...good, status: 'deleted' }],
]

const badPatches: [string, unknown][] = [
  ['not an object', 'approved'],
  ['a fragment of an unknown kind', { fragment: { kind: 'macro', text: 'x' } }],
  [
    'a paragraph without id or content',
    { fragment: { kind: 'paragraph', block: { type: 'paragraph' } } },
  ],
  ['a căn cứ fragment without its line', { fragment: { kind: 'basis' } }],
  ['a PAPI tag longer than any code', { tags: { papi: 'x'.repeat(17) } }],
  ['an unknown section', { tags: { section: 'appendix' } }],
  ['an unknown status', { status: 'deleted' }],
]

describe('library:add and library:update arguments are checked in main', () => {
  it.each(goodDrafts.map(d => [d.kind, d] as const))('accepts a %s draft', (_kind, draft) => {
    expect(argSchemas['library:add'].safeParse([draft]).success).toBe(true)
  })

  it.each(badDrafts)('refuses a draft with %s', (_why, draft) => {
    expect(argSchemas['library:add'].safeParse([draft]).success).toBe(false)
  })

  it.each([
    ['a new fragment', { fragment: { kind: 'item', block } }],
    ['new tags', { tags: { papi: '1.2', cchc: '3', section: 'purpose' } }],
    ['a status', { status: 'approved' }],
    ['nothing', {}],
  ])('accepts an edit with %s', (_why, patch) => {
    expect(argSchemas['library:update'].safeParse(['7', patch]).success).toBe(true)
  })

  it.each(badPatches)('refuses an edit with %s', (_why, patch) => {
    expect(argSchemas['library:update'].safeParse(['7', patch]).success).toBe(false)
  })
})
