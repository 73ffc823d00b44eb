import { describe, expect, it } from 'vitest'
import { runsAllText } from '../../../shared/text/runs'
import type { Run } from '../../../shared/model/types'
import { withEndMark } from '../../../renderer/features/page/end-mark'

const note: Run = { type: 'footnote', id: 'f', content: [{ text: '[chú thích]' }] }

describe('withEndMark', () => {
  it.each<[string, readonly Run[], string]>([
    ['adds the mark, folding the full stop', [{ text: 'thực hiện.' }], 'thực hiện./.'],
    ['adds the mark without a full stop', [{ text: 'thực hiện' }], 'thực hiện./.'],
    ['keeps an existing mark', [{ text: 'thực hiện./.' }], 'thực hiện./.'],
    ['trims trailing spaces', [{ text: 'thực hiện.  ' }], 'thực hiện./.'],
    ['drops a blank last run', [{ text: 'thực hiện.' }, { text: ' ' }], 'thực hiện./.'],
    [
      'puts the mark after a final footnote',
      [{ text: 'thực hiện.' }, note],
      'thực hiện[chú thích]./.',
    ],
    ['marks an empty paragraph', [], './.'],
  ])('%s', (_, runs, expected) => {
    expect(runsAllText(withEndMark(runs))).toBe(expected)
  })

  it('keeps the formatting of the last run', () => {
    expect(withEndMark([{ text: 'Hết.', bold: true }])).toEqual([{ text: 'Hết./.', bold: true }])
  })
})
