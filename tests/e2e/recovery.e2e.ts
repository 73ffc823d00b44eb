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
  // Autosave runs every 3 seconds: wait until it holds the last edit, then "crash" (close, no save).
  await expect
    .poll(
      async () => {
        const list = (await (
          await page.request.post('/api/autosave:list', { data: [] })
        ).json()) as {
          value: { id: string }[]
        }
        const texts = await Promise.all(
          list.value.map(async entry =>
            JSON.stringify(
              await (await page.request.post('/api/autosave:read', { data: [entry.id] })).json()
            )
          )
        )
        return texts.some(text => text.includes('chung chưa lưu'))
      },
      { timeout: 20_000 }
    )
    .toBe(true)
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
