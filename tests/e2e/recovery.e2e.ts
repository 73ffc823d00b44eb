import { expect, test } from '@playwright/test'
import { caretAtEndOf, newPlan } from './helpers'

test('unsaved work survives a crash: autosave offers it back at the next start', async ({
  page,
  context,
}) => {
  await newPlan(page)
  await page.getByTestId('field-place').fill('Lộc Bình')
  await caretAtEndOf(page, 'Yêu cầu')
  await page.keyboard.type(' chung chưa lưu')
  // Autosave runs every 3 seconds; wait for one round, then "crash" (close without saving).
  await page.waitForTimeout(3500)
  await page.close({ runBeforeUnload: false })

  const again = await context.newPage()
  await again.goto('/')
  const dialog = again.getByTestId('recovery-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Khôi phục' }).first().click()
  await expect(again.getByTestId('field-place')).toHaveValue('Lộc Bình')
  await expect(again.getByTestId('body-editor')).toContainText('Yêu cầu chung chưa lưu')
  await expect(again.getByTestId('doc-title')).toContainText('•')
})
