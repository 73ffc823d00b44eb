import { describe, expect, it } from 'vitest'
import { END_MARK, withEnding } from '../../../shared/docx/end-marks'
import { runsAllText } from '../../../shared/text/runs'
import type { Run } from '../../../shared/model/types'

const note: Run = { type: 'footnote', id: 'f', content: [{ text: '[chú thích]' }] }

/** The one end-mark rule, used by the page and by the Word file. */
describe('withEnding(…, ./.)', () => {
  it.each<[string, readonly Run[], string]>([
    ['adds the mark, folding the full stop', [{ text: 'thực hiện.' }], 'thực hiện./.'],
    ['adds the mark without a full stop', [{ text: 'thực hiện' }], 'thực hiện./.'],
    ['keeps an existing mark', [{ text: 'thực hiện./.' }], 'thực hiện./.'],
    ['trims trailing spaces', [{ text: 'thực hiện.  ' }], 'thực hiện./.'],
    ['replaces a trailing comma or semicolon', [{ text: 'ban hành,' }], 'ban hành./.'],
    [
      'marks the last words before a blank run',
      [{ text: 'thực hiện.' }, { text: ' ' }],
      'thực hiện./. ',
    ],
    [
      'glues the mark to the words, before a final footnote',
      [{ text: 'thực hiện.' }, note],
      'thực hiện./.[chú thích]',
    ],
    ['leaves a paragraph without text alone', [], ''],
  ])('%s', (_, runs, expected) => {
    expect(runsAllText(withEnding(runs, END_MARK))).toBe(expected)
  })

  it('keeps the formatting of the last run', () => {
    expect(withEnding([{ text: 'Hết.', bold: true }], END_MARK)).toEqual([
      { text: 'Hết./.', bold: true },
    ])
  })
})
