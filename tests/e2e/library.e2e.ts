import { expect, test } from '@playwright/test'
import { numberPlan } from '../../shared/model/numbering'
import { runsText } from '../../shared/text/runs'
import { caretAtEndOf, newPlan, saveAndRead } from './helpers'

test('search without diacritics, insert a clause and a task row, numbering follows', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000)
  await newPlan(page)
  await page.getByTestId('add-appendix').click()
  await caretAtEndOf(page, 'Mục đích')
  await page.getByTestId('tab-library').click()
  const library = page.getByTestId('library')
  await library.getByTestId('filter-kind').selectOption('item')
  await library.getByTestId('library-query').fill('tham nhung')
  const results = library.getByTestId('library-results').locator('li')
  await expect(results.first().locator('.badge').first()).toHaveText('Mục')
  await expect(results.first().locator('mark').first()).toHaveText(/tham/i)
  const previewText = (
    await library.getByTestId('library-preview').locator('.library-preview-text').innerText()
  ).split('\n')[0]!
  await library.getByTestId('library-query').press('Enter')
  await expect(library.getByTestId('library-message')).toContainText('Đã chèn')

  // The task row goes into the appendix the clerk last worked in.
  await page.getByTestId('appendix-0').getByRole('textbox').first().click()
  await library.getByTestId('filter-kind').selectOption('task-row')
  await library.getByTestId('library-query').fill('ho ngheo')
  await expect(results.first().locator('.badge').first()).toHaveText('Dòng nhiệm vụ')
  await library.getByTestId('library-insert').click()
  await expect(page.getByTestId('task-table').locator('tbody tr')).toHaveCount(1)
  await expect(page.getByTestId('task-table').locator('tbody tr td').first()).toHaveText('1')

  const plan = await saveAndRead(page, request, 'thu-vien.kehoach')
  const purpose = plan.sections[0]!.children
  expect(runsText(purpose[0]!.content)).toBe('Mục đích')
  expect(runsText(purpose[1]!.content)).toBe(previewText.trim())
  expect(plan.appendices[0]!.rows).toHaveLength(1)
  const row = plan.appendices[0]!.rows[0]!
  expect(row.type === 'task' && JSON.stringify(row.fields).toLowerCase()).toContain('nghèo')

  // Every label on the page is the one the model computes for the saved structure.
  const { labels } = numberPlan(plan)
  const shown = await page
    .getByTestId('body-editor')
    .locator('[data-block-id][data-label]')
    .evaluateAll(els =>
      els.map(el => [el.getAttribute('data-block-id'), el.getAttribute('data-label')])
    )
  for (const [id, label] of shown) {
    expect(label).toBe(labels.get(id!) ?? '')
  }
  expect(shown.length).toBeGreaterThan(3)
})

test('reused years are flagged and fixed in one click', async ({ page }) => {
  await newPlan(page)
  await caretAtEndOf(page, 'Yêu cầu')
  await page.getByTestId('tab-library').click()
  const library = page.getByTestId('library')
  await library.getByTestId('filter-kind').selectOption('paragraph')
  await library.getByTestId('library-query').fill('nam 2023')
  await expect(
    library.getByTestId('library-results').locator('li').first().locator('.badge').first()
  ).toHaveText('Đoạn văn')
  await library.getByTestId('library-insert').click()
  const panel = page.getByTestId('reuse-panel')
  await expect(panel).toBeVisible()
  await expect(page.locator('.ed-reuse').first()).toBeVisible()
  await panel.getByTestId('reuse-fix-all').click()
  await expect(page.getByTestId('reuse-panel')).toHaveCount(0)
  // Years were shifted by the gap between the source plan's year and this plan's.
  await expect(page.getByTestId('body-editor')).not.toContainText('năm 2023')
})

test('a block saved to the library is found again, edited, approved and deleted', async ({
  page,
}) => {
  await newPlan(page)
  await caretAtEndOf(page, 'Yêu cầu')
  await page.keyboard.press('Enter')
  await page.keyboard.type(
    'Rà soát quy trình tiếp nhận hồ sơ đất đai ở Bộ phận Một cửa xã Ngọc Lâm'
  )
  await page.getByTestId('tab-library').click()
  const library = page.getByTestId('library')
  await library.getByTestId('library-save-block').click()
  await expect(library.getByTestId('library-message')).toHaveText('Đã lưu vào thư viện.')
  await library.getByTestId('library-query').fill('ngoc lam')
  const first = library.getByTestId('library-results').locator('li').first()
  await expect(first).toContainText('Ngọc Lâm')
  await expect(first).toContainText('Đã duyệt')
  await library.getByTestId('library-edit-start').click()
  await library
    .getByTestId('library-edit')
    .fill('Rà soát quy trình tiếp nhận hồ sơ đất đai ở Bộ phận Một cửa xã Ngọc Lâm hằng quý')
  await library.getByTestId('library-edit-save').click()
  await expect(library.getByTestId('library-message')).toHaveText('Đã lưu thay đổi.')
  await expect(first).toContainText('hằng quý')
  await library.getByRole('button', { name: 'Xóa' }).click()
  await expect(page.getByTestId('question-message')).toHaveText('Xóa điều khoản này khỏi thư viện?')
  await page.getByTestId('answer-yes').click()
  await expect(
    library.getByTestId('library-results').locator('li', { hasText: 'Ngọc Lâm' })
  ).toHaveCount(0)
})

test('a task row saved from the table is found in the library', async ({ page }) => {
  await newPlan(page)
  await page.getByTestId('add-appendix').click()
  await page.getByTestId('table-add-row').click()
  const cells = page.getByTestId('task-table').locator('tbody').getByRole('textbox')
  await cells.nth(0).fill('Tiếp cận thông tin')
  await cells.nth(1).fill('Niêm yết công khai lịch tiếp công dân tại nhà văn hóa thôn Bản Chắt')
  await page.getByTestId('task-table').locator('tbody tr').first().hover()
  await page.getByTestId('row-save').click()
  await expect(page.getByTestId('notice')).toContainText('Đã lưu dòng nhiệm vụ vào thư viện')
  await page.getByTestId('tab-library').click()
  await page.getByTestId('library').getByTestId('library-query').fill('ban chat')
  await expect(page.getByTestId('library-results').locator('li').first()).toContainText('Bản Chắt')
})

test('a clause dragged from the library onto the page goes in after the block it lands on', async ({
  page,
  request,
}) => {
  await newPlan(page)
  await page.getByTestId('tab-library').click()
  const library = page.getByTestId('library')
  await library.getByTestId('filter-kind').selectOption('item')
  await library.getByTestId('library-query').fill('tham nhung')
  const first = library.getByTestId('library-results').locator('li').first()
  await expect(first.locator('mark').first()).toHaveText(/tham/i)
  const previewText = (
    await library.getByTestId('library-preview').locator('.library-preview-text').innerText()
  ).split('\n')[0]!
  const target = page
    .getByTestId('body-editor')
    .locator('p[data-block-id]')
    .filter({ hasText: /^Mục đích$/ })
  await first.dragTo(target.first())
  await expect(library.getByTestId('library-message')).toContainText('Đã chèn')

  const plan = await saveAndRead(page, request, 'keo-tha.kehoach')
  const purpose = plan.sections[0]!.children
  expect(runsText(purpose[0]!.content)).toBe('Mục đích')
  expect(runsText(purpose[1]!.content)).toBe(previewText.trim())
})
