import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { BLANK } from '../../../shared/model/format-header'
import type { Plan } from '../../../shared/model/types'
import { PlanPage } from '../../../renderer/features/page/PlanPage'
import { richPlan } from './fixture'
import { byTestId, textOf } from './markup'

const render = (plan: Plan): string => renderToStaticMarkup(createElement(PlanPage, { plan }))
const html = render(richPlan)
const text = (id: string, source = html): string => textOf(byTestId(source, id))

describe('PlanPage header and title', () => {
  it.each([
    ['header-agency', 'ỦY BAN NHÂN DÂNHUYỆN VỊ XUYÊN'],
    ['header-number', 'Số: 154/KH-UBND'],
    ['header-date', 'Vị Xuyên, ngày 31 tháng 5 năm 2021'],
    ['header-motto', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc'],
    ['title-subject', richPlan.subject],
  ])('%s reads %s', (id, expected) => {
    expect(text(id)).toBe(expected)
  })

  it('draws rules as borders, never underscores', () => {
    expect(html).not.toMatch(/___/)
    expect(byTestId(html, 'header-agency')).toContain('pg-rule')
  })

  it('keeps blanks of a draft visible', () => {
    const draft = render({
      ...richPlan,
      header: { ...richPlan.header, number: undefined, date: { month: 6, year: 2020 } },
    })
    expect(text('header-number', draft)).toBe(`Số: ${BLANK}/KH-UBND`)
    expect(text('header-date', draft)).toBe(`Vị Xuyên, ngày ${BLANK} tháng 6 năm 2020`)
  })
})

describe('PlanPage body', () => {
  it.each([
    ['section-0', /^I\. MỤC ĐÍCH, YÊU CẦU/],
    ['section-1', /^II\. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN/],
    ['section-2', /^III\. TỔ CHỨC THỰC HIỆN/],
    ['item-i2', /^2\. Yêu cầu$/],
    ['item-n11', /^1\.1\. Chỉ số nội dung/],
    ['item-pđ', /^đ\) Điểm đ\.$/],
    ['item-pe', /^e\) Điểm e\.$/],
    ['item-dash1', /^- Gạch\.\+ Cộng\.$/],
    ['item-plus1', /^\+ Cộng\.$/],
  ])('%s is labelled %s', (id, expected) => {
    expect(text(id)).toMatch(expected)
  })

  it('prints heading items bold and carries the model id on every block', () => {
    expect(byTestId(html, 'item-i1')).toMatch(
      /^<div[^>]*data-block-id="i1"[^>]*>\s*<p class="pg-body pg-body--heading"/
    )
    for (const id of ['s1', 'i1d', 'pre1', 'b1', 'cl1', 'apx1', 'apx2', 't71']) {
      expect(html).toContain(`data-block-id="${id}"`)
    }
  })

  it('renders inline formatting and numbered footnotes', () => {
    const pre = byTestId(html, 'paragraph-pre1')
    expect(pre).toContain('<strong>44,07 điểm</strong>')
    expect(pre).toContain('<em>24/63</em>')
    expect(pre).toMatch(/<sup[^>]*data-footnote-id="fn1"[^>]*>1<\/sup>/)
    expect(text('footnotes')).toBe('1 Báo cáo PAPI 2020 công bố ngày 13/4/2021.')
  })

  it('ends the closing with ./. exactly once', () => {
    expect(text('closing')).toBe('Trên đây là Kế hoạch của UBND huyện./.')
    const marked = render({
      ...richPlan,
      closing: [{ type: 'paragraph', id: 'cl1', content: [{ text: 'Đề nghị thực hiện./.' }] }],
    })
    expect(text('closing', marked)).toBe('Đề nghị thực hiện./.')
  })
})

describe('PlanPage sign-off', () => {
  it('lists recipients with ; and the archive line last', () => {
    expect(text('recipients')).toBe('Nơi nhận:- UBND tỉnh Hà Giang;- Sở Nội vụ;- Lưu: VT, NV.')
  })

  it('prints authority prefixes and the signer', () => {
    expect(text('signature')).toBe('TM. ỦY BAN NHÂN DÂNKT. CHỦ TỊCHPHÓ CHỦ TỊCHNguyễn Văn A')
  })
})
