import { expect, test } from '@playwright/test'
import { newPlanWithTable, saveAndRead } from './helpers'

test('Tab and Shift+Tab move between task-table cells; Tab in the last cell adds a row', async ({
  page,
  request,
}) => {
  await newPlanWithTable(page)
  const table = page.getByTestId('task-table')
  const cells = table.locator('tbody tr').first().getByRole('textbox')
  const count = await cells.count()
  expect(count).toBeGreaterThan(2)

  await cells.first().click()
  await page.keyboard.type('Rà soát thủ tục')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Văn phòng')
  await page.keyboard.press('Shift+Tab')
  await expect(cells.first()).toBeFocused()
  await page.keyboard.press('End')
  await page.keyboard.type(' hành chính')
  for (let i = 1; i < count; i++) {
    await page.keyboard.press('Tab')
  }
  await expect(cells.last()).toBeFocused()
  await page.keyboard.type('Ghi chú')
  await page.keyboard.press('Tab')
  await expect(table.locator('tbody tr')).toHaveCount(2)
  await expect(table.locator('tbody tr').nth(1).getByRole('textbox').first()).toBeFocused()
  await page.keyboard.type('Công khai kết quả')

  const plan = await saveAndRead(page, request, 'bang-tab.kehoach')
  const [first, second] = plan.appendices[0]!.rows
  const values = (row: typeof first) =>
    row?.type === 'task' ? [...Object.values(row.fields), ...Object.values(row.custom ?? {})] : []
  expect(values(first)).toEqual(['Rà soát thủ tục hành chính', 'Văn phòng', 'Ghi chú'])
  expect(values(second)).toEqual(['Công khai kết quả'])
})

test('the tools of a table’s last one-line row can all be clicked', async ({ page }) => {
  await newPlanWithTable(page)
  await page.keyboard.type('Một')
  await page.getByTestId('table-add-row').click()
  await page.keyboard.type('Hai')
  const rows = page.getByTestId('task-table').locator('tbody tr')
  await rows.last().hover()
  // "Xóa dòng" is on the tools' last line, below a one-line row.
  await rows.last().getByTitle('Xóa dòng').click()
  await expect(rows).toHaveCount(1)
  await expect(rows.first().getByRole('textbox').first()).toHaveValue('Một')
})

test('moving the first row up changes nothing and leaves no undo step', async ({ page }) => {
  await newPlanWithTable(page)
  const cell = page
    .getByTestId('task-table')
    .locator('tbody tr')
    .first()
    .getByRole('textbox')
    .first()
  await page.keyboard.type('Một')
  await page.keyboard.press('Alt+Shift+ArrowUp')
  await expect(cell).toHaveValue('Một')
  await page.keyboard.press('Control+z')
  await expect(cell).toHaveValue('')
})
