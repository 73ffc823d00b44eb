import { describe, expect, it } from 'vitest'
import { allTextBold, isTitleItem } from '../../../shared/model/title-item'

describe('title items', () => {
  it('an item whose whole text the clerk made bold is a title, footnotes and spaces aside', () => {
    expect(
      isTitleItem({
        content: [
          { text: 'Công khai, ', bold: true },
          { text: 'minh bạch', bold: true },
          { type: 'footnote', id: 'f', content: [{ text: 'ghi chú' }] },
          { text: ' ' },
        ],
      })
    ).toBe(true)
  })

  it('a partly bold or empty item is not, unless it is marked as a heading', () => {
    expect(
      isTitleItem({ content: [{ text: 'Công khai', bold: true }, { text: ' minh bạch' }] })
    ).toBe(false)
    expect(allTextBold([])).toBe(false)
    expect(allTextBold([{ text: '  ', bold: false }])).toBe(false)
    expect(isTitleItem({ heading: true, content: [{ text: 'Mục đích' }] })).toBe(true)
  })
})
