import fs from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { caretAtEndOf, newPlan, saveAndRead } from './helpers'

const SHOTS = '/tmp/shots-versions'

/** Ctrl+S, then waits until the title no longer shows unsaved changes. */
async function saveAgain(page: Page): Promise<void> {
  await expect(page.getByTestId('doc-title')).toContainText('•')
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('doc-title')).not.toContainText('•')
}

test('each save keeps a version: list with summaries, restore (undone by Ctrl+Z), open', async ({
  page,
  request,
}) => {
  await newPlan(page)
  // Save 1: the skeleton with one edited item.
  await caretAtEndOf(page, 'Yêu cầu')
  await page.keyboard.type(' chung')
  await saveAndRead(page, request, 'phien-ban.kehoach')
  // Save 2: two new items.
  await caretAtEndOf(page, 'Mục đích')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await page.keyboard.type('a) Nâng cao chất lượng phục vụ')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Tăng cường kỷ luật, kỷ cương')
  await saveAgain(page)
  // Save 3: the place in the header.
  await page.getByTestId('field-place').fill('Lộc Bình')
  await saveAgain(page)

  await page.getByTestId('cmd-versions').click()
  const dialog = page.getByTestId('versions-dialog')
  await expect(dialog).toBeVisible()
  const rows = dialog.getByTestId('version-row')
  await expect(rows).toHaveCount(3)
  await expect(dialog.getByTestId('version-summary')).toHaveText([
    'sửa phần đầu',
    '+2 mục',
    /^Bản đầu tiên: 3 phần, \d+ mục/,
  ])
  await expect(rows.first()).toContainText(/Hôm nay, \d\d:\d\d:\d\d/)
  // Each version can be compared with the plan as it is now, in the compare view.
  await expect(dialog.getByRole('button', { name: 'So sánh' })).toHaveCount(3)
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/versions-list.png` })
  await rows.nth(2).getByRole('button', { name: 'So sánh' }).click()
  await expect(dialog).toBeHidden()
  const bar = page.getByTestId('compare-bar')
  await expect(bar).toContainText('Phiên bản')
  await expect(page.getByTestId('compare-counts')).toHaveText(/^[1-9]\d* thay đổi: /)
  await page.getByTestId('compare-close').click()
  await expect(bar).toBeHidden()
  await page.getByTestId('cmd-versions').click()
  await expect(rows).toHaveCount(3)

  // Restore the first version, confirmed in the dialog itself.
  await rows.nth(2).getByRole('button', { name: 'Khôi phục' }).click()
  await expect(rows.nth(2)).toContainText('Thay nội dung đang soạn bằng phiên bản này?')
  await page.screenshot({ path: `${SHOTS}/versions-confirm.png` })
  await rows.nth(2).getByTestId('version-confirm').click()
  await expect(dialog).toBeHidden()
  const body = page.getByTestId('body-editor')
  await expect(body).not.toContainText('Nâng cao chất lượng phục vụ')
  await expect(body).toContainText('Yêu cầu chung')
  await expect(page.getByTestId('field-place')).toHaveValue('')
  await expect(page.getByTestId('doc-title')).toContainText('•')
  await expect(page.getByTestId('notice')).toContainText('Đã khôi phục phiên bản lúc')

  // Ctrl+Z brings back what was there before the restore.
  await page.getByTestId('notice').click()
  await page.keyboard.press('Control+z')
  await expect(body).toContainText('Tăng cường kỷ luật, kỷ cương')
  await expect(page.getByTestId('field-place')).toHaveValue('Lộc Bình')

  // Open the second version as a new unsaved plan titled with its time.
  await page.getByTestId('cmd-versions').click()
  await expect(rows).toHaveCount(3)
  await rows.nth(1).getByRole('button', { name: 'Mở' }).click()
  await expect(dialog).toBeHidden()
  // The restored-then-undone plan has unsaved changes: the app asks in its own dialog.
  await page
    .getByRole('dialog', { name: 'Thay đổi chưa lưu' })
    .getByRole('button', { name: 'Không lưu' })
    .click()
  await expect(page.getByTestId('doc-title')).toContainText(
    /^Phiên bản \d\d:\d\d:\d\d ngày \d\d\/\d\d\/\d{4} — phien-ban\.kehoach/
  )
  await expect(body).toContainText('Tăng cường kỷ luật, kỷ cương')
  await expect(page.getByTestId('field-place')).toHaveValue('')
})
