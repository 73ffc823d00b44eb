import { expect, test } from '@playwright/test'
import type { Plan } from '../../shared/model/types'
import { caretAtEndOf, newPlan, newPlanWithTable, outline, saveAndRead } from './helpers'

const purpose = (plan: Plan) => outline(plan.sections[0]!.children, true)

test('after "+ thêm …" the new line takes the caret, and Enter adds the next line', async ({
  page,
  request,
}) => {
  await newPlan(page)
  const recipientsBefore = await page.locator('[data-testid^="recipient-"]').count()
  await page.getByTestId('add-recipient').click()
  await page.keyboard.type('UBND tỉnh;')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Sở Nội vụ')
  await page.getByRole('button', { name: '+ thêm căn cứ' }).click()
  await page.keyboard.type('Căn cứ Luật Tổ chức chính quyền địa phương')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Căn cứ Nghị định số 30/2020/NĐ-CP')
  await page.getByRole('button', { name: '+ thêm dòng chức vụ' }).click()
  await page.keyboard.type('Chủ tịch')

  // Nothing typed went into the body.
  await expect(page.getByTestId('body-editor')).not.toContainText('UBND')
  // A ; typed by the clerk is not doubled by the one the page adds.
  await expect(page.getByTestId('recipients')).not.toContainText(';;')
  const plan = await saveAndRead(page, request, 'them-dong.kehoach')
  expect(plan.recipients.slice(-2).map(r => r.text)).toEqual(['UBND tỉnh;', 'Sở Nội vụ'])
  expect(plan.recipients).toHaveLength(recipientsBefore + 2)
  expect(plan.bases.map(b => b.content.map(r => ('text' in r ? r.text : '')).join(''))).toEqual([
    'Căn cứ Luật Tổ chức chính quyền địa phương',
    'Căn cứ Nghị định số 30/2020/NĐ-CP',
  ])
  expect(plan.signature.lines.at(-1)?.text).toBe('CHỦ TỊCH')
})

test('Shift+Tab out of a "-" point continues the outer list; Ctrl+B right after Shift+Home bolds that line', async ({
  page,
  request,
}) => {
  await newPlan(page)
  await caretAtEndOf(page, 'Mục đích')
  await page.keyboard.press('Enter')
  await page.keyboard.type('- Ý thứ nhất')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.type('Công khai, minh bạch')
  await page.keyboard.press('Shift+Home')
  await page.keyboard.press('Control+b')
  const plan = await saveAndRead(page, request, 'thut-le.kehoach')
  expect(purpose(plan)).toEqual([
    'decimal: Mục đích',
    '  dash: Ý thứ nhất',
    'decimal: **Công khai, minh bạch**',
    'decimal: Yêu cầu',
  ])
  // A line typed all in bold is a title: its number is bold on the page too.
  const title = page.getByTestId('body-editor').locator('[data-label="2."]')
  expect(await title.evaluate(el => getComputedStyle(el, '::before').fontWeight)).toBe('700')
})

test('row tools are not Tab stops; the row tools ＋ puts the caret in the new row', async ({
  page,
  request,
}) => {
  await newPlanWithTable(page)
  const rows = page.getByTestId('task-table').locator('tbody tr')
  const first = rows.first()
  await expect(first.getByRole('textbox').first()).toBeFocused()
  await page.keyboard.type('Dòng một')
  await page.getByTestId('table-add-row').click()
  await expect(rows.nth(1).getByRole('textbox').first()).toBeFocused()
  await page.keyboard.type('Dòng hai')
  // The mouse over row 1 shows its tools; Tab from its last cell still goes to row 2.
  await first.hover()
  await first.getByRole('textbox').last().click()
  await page.keyboard.press('Tab')
  await expect(rows.nth(1).getByRole('textbox').first()).toBeFocused()
  await first.hover()
  await first.getByTestId('row-add').click()
  await expect(rows.nth(1).getByRole('textbox').first()).toBeFocused()
  await page.keyboard.type('Dòng chèn')
  // Alt+Shift+↓ moves the row down, the caret stays in it.
  await page.keyboard.press('Alt+Shift+ArrowDown')
  await page.keyboard.type(' (đã chuyển)')
  const plan = await saveAndRead(page, request, 'bang-chen.kehoach')
  const texts = plan.appendices[0]!.rows.map(r =>
    r.type === 'task' ? Object.values(r.fields).join('|') : ''
  )
  expect(texts).toEqual(['Dòng một', 'Dòng hai', 'Dòng chèn (đã chuyển)'])
})
