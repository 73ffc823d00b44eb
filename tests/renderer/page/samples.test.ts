import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { createPlan } from '../../../shared/model/create-plan'
import type { Plan, PlanFile } from '../../../shared/model/types'
import { PlanPage } from '../../../renderer/features/page/PlanPage'
import { byTestId, textOf } from './markup'

const render = (plan: Plan): string => renderToStaticMarkup(createElement(PlanPage, { plan }))
const dir = join(import.meta.dirname, '../../../resources/samples')
const samples = readdirSync(dir).filter(name => name.endsWith('.kehoach'))

describe('sample plans render as printed pages', () => {
  it.each(samples)('%s', name => {
    const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as PlanFile
    const html = render(file.plan)
    expect(html).toContain('data-testid="page"')
    file.plan.sections.forEach((section, i) => {
      expect(textOf(byTestId(html, `section-${i}`))).toContain(section.title)
    })
    file.plan.appendices.forEach((_, i) => {
      expect(byTestId(html, `appendix-${i}`)).toContain('data-testid="task-table"')
    })
    if (file.plan.closing.length > 0) {
      expect(textOf(byTestId(html, 'closing'))).toMatch(/\.\/\.$/)
    }
    expect(textOf(html)).toBe(textOf(html).normalize('NFC'))
  })
})

describe('an empty new plan', () => {
  const html = render(createPlan())

  it('renders the skeleton with blanks instead of failing', () => {
    expect(textOf(byTestId(html, 'header-number'))).toMatch(/^Số: \u00a0+\/KH-UBND$/)
    expect(textOf(byTestId(html, 'section-0'))).toBe('I. MỤC ĐÍCH, YÊU CẦU1. Mục đích2. Yêu cầu')
    expect(textOf(byTestId(html, 'recipients'))).toBe('Nơi nhận:- Lưu: VT.')
    expect(html).not.toContain('data-testid="appendix-0"')
    expect(html).not.toContain('data-testid="footnotes"')
  })
})
