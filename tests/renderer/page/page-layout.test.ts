import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { numberPlan } from '../../../shared/model/numbering'
import type { Plan } from '../../../shared/model/types'
import { collectFootnotes } from '../../../renderer/features/page/collect-footnotes'
import { FootnoteList } from '../../../renderer/features/page/FootnoteList'
import { NumberingContext } from '../../../renderer/features/page/page-context'
import { tableWidth } from '../../../renderer/features/page/table-width'
import { HeaderFields } from '../../../renderer/features/plan-editor/HeaderFields'
import { SignoffFields } from '../../../renderer/features/plan-editor/SignoffFields'
import { richPlan } from './fixture'
import { byTestId, textOf } from './markup'

const ignore = () => undefined

/** The value attribute of the input carrying `data-testid`. */
function fieldValue(html: string, id: string): string {
  const input = new RegExp(`<input[^>]*data-testid="${id}"[^>]*>`).exec(html)?.[0]
  if (input === undefined) {
    throw new Error(`Cannot find input ${id}`)
  }
  return /value="([^"]*)"/.exec(input)?.[1] ?? ''
}

describe('the editable header in the printed layout', () => {
  const html = renderToStaticMarkup(
    createElement(HeaderFields, { header: richPlan.header, onChange: ignore })
  )

  it('prints Quốc hiệu and Tiêu ngữ beside the agency', () => {
    expect(textOf(byTestId(html, 'header-motto'))).toBe(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc'
    )
    expect(byTestId(html, 'header-agency')).toContain('pg-rule')
    expect(html).not.toMatch(/___/)
  })

  it('fills the number and date cells from the header', () => {
    expect(textOf(byTestId(html, 'field-agency'))).toBe('ỦY BAN NHÂN DÂN\nHUYỆN VỊ XUYÊN')
    expect(textOf(byTestId(html, 'header-number'))).toMatch(/^Số: .*\/KH-/)
    expect(fieldValue(html, 'field-number')).toBe('154')
    expect(fieldValue(html, 'field-abbr')).toBe('UBND')
    expect(fieldValue(html, 'field-place')).toBe('Vị Xuyên')
    expect(['field-day', 'field-month', 'field-year'].map(id => fieldValue(html, id))).toEqual([
      '31',
      '5',
      '2021',
    ])
  })
})

describe('the editable sign-off in the printed layout', () => {
  const html = renderToStaticMarkup(
    createElement(SignoffFields, {
      recipients: richPlan.recipients,
      archive: richPlan.archive,
      signature: richPlan.signature,
      onChange: ignore,
    })
  )

  it('puts Nơi nhận beside the signature in one borderless table', () => {
    const signoff = byTestId(html, 'signoff')
    expect(signoff).toMatch(/^<table class="pg-signoff"/)
    expect(byTestId(signoff, 'recipients')).toContain('Nơi nhận:')
    expect(byTestId(signoff, 'signature')).toContain('pg-signature__space')
  })

  it('adds ; after each recipient (once) and shows the archive line', () => {
    const typed = renderToStaticMarkup(
      createElement(SignoffFields, {
        recipients: [{ id: 'r1', text: 'Sở Nội vụ;' }, ...richPlan.recipients],
        archive: richPlan.archive,
        signature: richPlan.signature,
        onChange: ignore,
      })
    )
    expect(textOf(byTestId(html, 'recipient-0'))).toBe('UBND tỉnh Hà Giang')
    expect(textOf(byTestId(html, 'recipients')).match(/;/g)).toHaveLength(2)
    expect(textOf(byTestId(typed, 'recipients')).match(/;/g)).toHaveLength(3)
    expect(fieldValue(html, 'field-archive')).toBe('VT, NV')
    expect(fieldValue(html, 'field-signer')).toBe('Nguyễn Văn A')
  })
})

describe('footnotes under the page', () => {
  const render = (plan: Plan): string =>
    renderToStaticMarkup(
      createElement(
        NumberingContext.Provider,
        { value: numberPlan(plan) },
        createElement(FootnoteList, { plan })
      )
    )

  it('numbers the footnote texts in order of appearance', () => {
    expect(collectFootnotes(richPlan).map(entry => entry.id)).toEqual(['fn1'])
    expect(textOf(render(richPlan))).toBe('1 Báo cáo PAPI 2020 công bố ngày 13/4/2021.')
  })

  it('draws nothing for a plan without footnotes', () => {
    expect(render({ ...richPlan, preamble: [] })).toBe('')
  })
})

describe('task table width', () => {
  it('is the sum of the column widths in mm', () => {
    expect(
      tableWidth([
        { id: 'c1', kind: 'index', label: 'TT', width: 12 },
        { id: 'c2', kind: 'task', label: 'Nhiệm vụ', width: 75 },
      ])
    ).toBe(87)
  })
})
