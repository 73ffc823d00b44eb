import { expect, test } from '@playwright/test'
import { caretAtEndOf, newPlan } from './helpers'

test('a new commune plan without a profile level gets huyện → xã on a district clause', async ({
  page,
}) => {
  await newPlan(page)
  await page.getByTestId('field-agency').fill('ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP')
  await caretAtEndOf(page, 'Yêu cầu')
  await page.getByTestId('tab-library').click()
  const library = page.getByTestId('library')
  await library.getByTestId('filter-kind').selectOption('paragraph')
  await library.getByTestId('library-query').fill('trang thong tin dien tu cua huyen')
  await expect(library.getByTestId('library-results').locator('li').first()).toContainText(
    /[Tt]rang thông tin điện tử của huyện/
  )
  await library.getByTestId('library-insert').first().click()
  const panel = page.getByTestId('reuse-panel')
  await expect(
    panel.getByTestId('reuse-fix').filter({ hasText: 'huyện → xã' }).first()
  ).toBeVisible()
  await page.getByTestId('tab-outline').click()
  await expect(page.getByTestId('checks')).toContainText(
    'Kế hoạch của cấp xã nhưng ở đây viết “huyện”'
  )
})
