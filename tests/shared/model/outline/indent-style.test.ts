import { describe, expect, it } from 'vitest'
import { indentStyle, type StyledEntry } from '../../../../shared/model/outline'

/** `I` is a section heading, `name@depth:style` a body block, e.g. `I x@0:decimal y@1:decimal`. */
function styled(text: string): (StyledEntry & { id: string })[] {
  return text.split(/\s+/).map(token => {
    if (/^I+$/.test(token)) {
      return { type: 'section', id: token }
    }
    const [name = '', rest = ''] = token.split('@')
    const [depth = '0', style = 'paragraph'] = rest.split(':')
    return { type: 'block', id: name, depth: Number(depth), style } as StyledEntry & { id: string }
  })
}

describe('indentStyle', () => {
  it.each<[string, string, string, string | undefined]>([
    [
      'under "2." after "1." had "1.1." items: "2.1."',
      'I one@0:decimal one1@1:decimal two@0:decimal new@0:decimal',
      'new',
      'decimal',
    ],
    [
      'under "2." after "1." had "a)" items: "a)"',
      'I one@0:decimal onea@1:letter two@0:decimal new@0:decimal',
      'new',
      'letter',
    ],
    [
      'the first sub-item of a plain list: one step in',
      'I one@0:decimal new@0:decimal',
      'new',
      'letter',
    ],
    [
      'after "1.1." under "1.": joins the "1.1." items',
      'I one@0:decimal one1@1:decimal new@0:decimal',
      'new',
      'decimal',
    ],
    [
      'an earlier section does not count',
      'I one@0:decimal one1@1:decimal II two@0:decimal new@0:decimal',
      'new',
      'letter',
    ],
    ['under a "-" point: "+"', 'I one@0:dash new@0:dash', 'new', 'plus'],
    ['first under its heading: Tab does nothing', 'I new@0:decimal', 'new', undefined],
    ['already deeper than the block above', 'I one@0:decimal new@1:letter', 'new', undefined],
    ['under a paragraph: Tab does nothing', 'I one@0 new@0:dash', 'new', undefined],
  ])('%s', (_, text, at, expected) => {
    const entries = styled(text)
    expect(
      indentStyle(
        entries,
        entries.findIndex(e => e.id === at)
      )
    ).toBe(expected)
  })
})
