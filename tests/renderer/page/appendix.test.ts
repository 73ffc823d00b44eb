import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Plan } from '../../../shared/model/types'
import { PlanPage } from '../../../renderer/features/page/PlanPage'
import { criterionSpans } from '../../../renderer/features/page/task-table-layout'
import { appendix001, appendix002, richPlan } from './fixture'
import { byTestId, textOf } from './markup'

const render = (plan: Plan): string => renderToStaticMarkup(createElement(PlanPage, { plan }))
const html = render(richPlan)
const first = byTestId(html, 'appendix-0')
const second = byTestId(html, 'appendix-1')

describe('appendix sheets', () => {
  it('puts landscape appendices on a 297 mm sheet and honours landscape: false', () => {
    expect(first).toMatch(/^<section class="pg-sheet pg-sheet--landscape"/)
    expect(second).toMatch(/^<section class="pg-sheet pg-sheet--portrait"/)
  })

  it('numbers headings Phụ lục I, II and fills the reference line from the header', () => {
    expect(textOf(first)).toContain('Phụ lục I')
    expect(textOf(second)).toContain('Phụ lục II')
    expect(textOf(first)).toContain(
      '(Kèm theo Kế hoạch số 154/KH-UBND ngày 31 tháng 5 năm 2021 của Ủy ban nhân dân huyện Vị Xuyên)'
    )
    const single = render({ ...richPlan, appendices: [appendix001] })
    expect(textOf(byTestId(single, 'appendix-0'))).toMatch(/^Phụ lục[^ ]/)
  })

  it('gives every column its width in mm', () => {
    const table = byTestId(first, 'task-table')
    expect(table).toContain('style="width:247mm"')
    expect(table).toContain('<col style="width:12mm"/>')
    expect(table).toContain('<col style="width:75mm"/>')
  })
})

describe('task table rows', () => {
  it('merges the criterion and index cells over sameCriterion rows', () => {
    expect(criterionSpans(appendix001).get('t71')).toBe(2)
    expect(criterionSpans(appendix001).get('t71b')).toBe(0)
    const leader = byTestId(first, 'row-t71')
    expect(leader.match(/rowSpan="2"/g)).toHaveLength(2)
    expect(byTestId(first, 'row-t71b').match(/<td/g)).toHaveLength(5)
  })

  it('spans group rows across the table, index first', () => {
    const group = byTestId(first, 'row-g7')
    expect(group).toContain('colSpan="6"')
    expect(textOf(group)).toBe('1Quản trị môi trường')
    expect(textOf(byTestId(first, 'row-t81'))).toMatch(/^2\.1Tiếp cận/)
  })

  it('writes line breaks for \\n in cells', () => {
    expect(byTestId(first, 'row-t71b')).toContain('Quý III năm 2021</span><span><br/>Tháng 12')
  })

  it('prefixes criterion letters and numbers groups 1. when the table asks for it', () => {
    expect(byTestId(second, 'row-h1')).toContain('colSpan="4"')
    expect(textOf(byTestId(second, 'row-h1'))).toBe('1. Tham gia của người dân ở cấp cơ sở')
    expect(textOf(byTestId(second, 'row-u2'))).toMatch(/^b\) Cơ hội tham gia/)
    expect(appendix002.numbering.criterion).toBe('letter')
  })
})
