import { expect, test } from '@playwright/test'
import type { Block, Plan } from '../../shared/model/types'
import { caretAtEndOf, newPlan, saveAndRead } from './helpers'

function outline(blocks: readonly Block[], depth = 0): string[] {
  return blocks.flatMap(b => [
    `${'  '.repeat(depth)}${b.type === 'item' ? b.style : 'paragraph'}: ${b.content.map(r => ('text' in r ? r.text : '')).join('')}`,
    ...(b.type === 'item' ? outline(b.children, depth + 1) : []),
  ])
}

const section = (plan: Plan, role: string) => plan.sections.find(s => s.role === role)!

test('typing structure: Enter, typed markers, Tab and Shift+Tab build the outline', async ({ page, request }) => {
  await newPlan(page)
  await caretAtEndOf(page, 'Mục đích')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await page.keyboard.type('a) Xác định nhiệm vụ, giải pháp')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Nâng cao nhận thức')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Tuyên truyền')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Phát huy sự tham gia')
  const plan = await saveAndRead(page, request, 'cau-truc.kehoach')
  expect(outline(section(plan, 'purpose').children)).toEqual([
    'decimal: Mục đích',
    '  letter: Xác định nhiệm vụ, giải pháp',
    '  letter: Nâng cao nhận thức',
    '    dash: Tuyên truyền',
    '  letter: Phát huy sự tham gia',
    'decimal: Yêu cầu',
  ])
  await expect(page.getByTestId('body-editor').locator('[data-label="b)"]')).toHaveText('Nâng cao nhận thức')
})

test('required sections cannot be deleted by selecting everything and deleting', async ({ page, request }) => {
  await newPlan(page)
  await caretAtEndOf(page, 'Mục đích')
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Delete')
  await page.keyboard.press('Backspace')
  const plan = await saveAndRead(page, request, 'xoa-het.kehoach')
  expect(plan.sections.map(s => s.role)).toEqual(['purpose', 'tasks', 'organization'])
  await expect(page.getByTestId('section-heading')).toHaveCount(3)
})

test('undo and redo cover the body and the header fields in one history', async ({ page, request }) => {
  await newPlan(page)
  await page.getByTestId('field-place').fill('Lộc Bình')
  await caretAtEndOf(page, 'Yêu cầu')
  await page.keyboard.type(' chung')
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('body-editor')).not.toContainText('Yêu cầu chung')
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('field-place')).toHaveValue('')
  await page.keyboard.press('Control+y')
  await expect(page.getByTestId('field-place')).toHaveValue('Lộc Bình')
  const plan = await saveAndRead(page, request, 'hoan-tac.kehoach')
  expect(plan.header.place).toBe('Lộc Bình')
  expect(outline(section(plan, 'purpose').children)).toEqual(['decimal: Mục đích', 'decimal: Yêu cầu'])
})
