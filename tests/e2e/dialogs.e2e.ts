import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import type { OpenedPlan } from '../../shared/ipc/contract'
import type { Result } from '../../shared/result'
import { caretAtEndOf, clearAutosave, documentsDir, newPlan } from './helpers'

const SHOTS = '/tmp/shots-habits'

/** Whether the focused element is inside `dialog`. */
async function focusInside(dialog: Locator): Promise<boolean> {
  return dialog.evaluate(el => el.contains(document.activeElement) && el !== document.activeElement)
}

/** Tab and Shift+Tab, more times than the dialog has controls, never leave it. */
async function expectFocusTrapped(page: Page, dialog: Locator): Promise<void> {
  expect(await focusInside(dialog)).toBe(true)
  const controls = await dialog.evaluate(
    el => el.querySelectorAll('button:not([disabled]), input, textarea, select').length
  )
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i <= controls; i += 1) {
      await page.keyboard.press(key)
      expect(await focusInside(dialog), `${key} #${i + 1} stays in the dialog`).toBe(true)
    }
  }
}

/** A Word file in the harness documents folder: the app's own export of sample 002. */
async function wordFile(page: Page, name: string): Promise<string> {
  const sample = (await (
    await page.request.post('/api/samples:open', { data: ['002'] })
  ).json()) as {
    value: Result<OpenedPlan>
  }
  if (!sample.value.ok) {
    throw new Error('sample 002 missing')
  }
  const file = path.join(await documentsDir(page.request), name)
  await page.request.post('/api/export:docx', { data: [file, sample.value.value.plan, true] })
  expect(fs.existsSync(file)).toBe(true)
  return file
}

test('each dialog takes the focus, keeps Tab inside, closes on Escape and gives the focus back', async ({
  page,
}) => {
  await clearAutosave(page.request)
  await page.goto('/')
  const checkDialog = async (opener: Locator, dialog: Locator) => {
    await opener.focus()
    await page.keyboard.press('Enter')
    await expect(dialog).toBeVisible()
    await expectFocusTrapped(page, dialog)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(opener).toBeFocused()
  }
  // Start screen: Hồ sơ đơn vị, Mở kế hoạch… (the in-page file dialog), Mở từ Word….
  await checkDialog(
    page.getByTestId('start-profile'),
    page.getByRole('dialog', { name: 'Hồ sơ đơn vị' })
  )
  await checkDialog(page.getByTestId('start-open'), page.getByRole('dialog', { name: 'Mở tệp' }))
  await checkDialog(
    page.getByTestId('start-import-word'),
    page.getByRole('dialog', { name: 'Mở tệp' })
  )

  // In a plan: the toolbar's dialogs, and the pre-export check.
  await page.getByTestId('start-new').click()
  await expect(page.getByTestId('body-editor')).toBeVisible()
  await checkDialog(page.getByTestId('cmd-export'), page.getByRole('dialog', { name: 'Xuất Word' }))
  await checkDialog(
    page.getByTestId('cmd-save-as'),
    page.getByRole('dialog', { name: 'Lưu thành' })
  )
  await checkDialog(
    page.getByTestId('cmd-import-word'),
    page.getByRole('dialog', { name: 'Mở tệp' })
  )
  await checkDialog(
    page.getByTestId('cmd-profile'),
    page.getByRole('dialog', { name: 'Hồ sơ đơn vị' })
  )
})

test('the import review and the recovery dialog close on Escape too', async ({ page }) => {
  await wordFile(page, 'hop-thoai-002.docx')
  await clearAutosave(page.request)
  await page.goto('/')
  await page.getByTestId('start-import-word').click()
  await page.getByTestId('file-list').getByText('hop-thoai-002.docx').click()
  const review = page.getByRole('dialog', { name: 'Kiểm tra bản nhập' })
  await expect(review).toBeVisible()
  await expectFocusTrapped(page, review)
  await page.keyboard.press('Escape')
  await expect(review).toBeHidden()
  await expect(page.getByTestId('start-screen')).toBeVisible()

  // Work autosaved by a session that ended without saving: offered back at the next start.
  const plan = (await (await page.request.post('/api/samples:open', { data: ['000'] })).json()) as {
    value: Result<OpenedPlan>
  }
  if (!plan.value.ok) {
    throw new Error('sample 000 missing')
  }
  await page.request.post('/api/autosave:write', { data: ['phien-cu', {}, plan.value.value.plan] })
  await page.goto('/')
  const recovery = page.getByRole('dialog', { name: 'Khôi phục' })
  await expect(recovery).toBeVisible()
  await expectFocusTrapped(page, recovery)
  await page.keyboard.press('Escape')
  await expect(recovery).toBeHidden()
  await clearAutosave(page.request)
})

test('unsaved changes: Hủy keeps the text, Không lưu drops it, Lưu saves and then goes on', async ({
  page,
}) => {
  await newPlan(page)
  await caretAtEndOf(page, 'Yêu cầu')
  await page.keyboard.type(' chưa lưu')
  await expect(page.getByTestId('doc-title')).toContainText('•')

  // Hủy (and Escape): nothing happens, the text stays, the caret goes back to the page.
  await page.keyboard.press('Control+n')
  const question = page.getByRole('dialog', { name: 'Thay đổi chưa lưu' })
  await expect(question).toBeVisible()
  await expect(question.getByRole('button')).toHaveText(['Lưu', 'Không lưu', 'Hủy'])
  await expect(question.getByTestId('answer-save')).toBeFocused()
  await expectFocusTrapped(page, question)
  await page.screenshot({ path: `${SHOTS}/unsaved-dialog.png` })
  await question.getByTestId('answer-cancel').click()
  await expect(question).toBeHidden()
  await expect(page.getByTestId('body-editor')).toContainText('Yêu cầu chưa lưu')
  await expect(page.getByTestId('body-editor')).toBeFocused()
  await page.getByTestId('cmd-open').click()
  await expect(question).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(question).toBeHidden()
  await expect(page.getByRole('dialog', { name: 'Mở tệp' })).toHaveCount(0)
  await expect(page.getByTestId('body-editor')).toContainText('Yêu cầu chưa lưu')

  // Lưu: the plan is saved (Lưu thành… for a new plan), then the new plan opens.
  await page.getByTestId('cmd-new').click()
  await question.getByTestId('answer-save').click()
  await page.getByTestId('file-name').fill('luu-truoc-khi-dong.kehoach')
  await page.getByTestId('file-ok').click()
  await expect(page.getByTestId('body-editor')).not.toContainText('chưa lưu')
  await expect(page.getByTestId('doc-title')).not.toContainText('•')
  const saved = fs.readFileSync(
    path.join(await documentsDir(page.request), 'luu-truoc-khi-dong.kehoach'),
    'utf8'
  )
  expect(saved).toContain('Yêu cầu chưa lưu')

  // Lưu, then Hủy in the save dialog: nothing is lost, the plan stays open.
  await caretAtEndOf(page, 'Yêu cầu')
  await page.keyboard.type(' lần hai')
  await page.getByTestId('cmd-import-word').click()
  await question.getByTestId('answer-save').click()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Lưu thành' })).toBeHidden()
  await expect(page.getByRole('dialog', { name: 'Mở tệp' })).toHaveCount(0)
  await expect(page.getByTestId('body-editor')).toContainText('Yêu cầu lần hai')

  // Không lưu: the plan closes, its autosave is dropped.
  await page.getByTestId('cmd-close').click()
  await question.getByTestId('answer-discard').click()
  await expect(page.getByTestId('start-screen')).toBeVisible()
  const list = (await (await page.request.post('/api/autosave:list', { data: [] })).json()) as {
    value: unknown[]
  }
  expect(list.value).toEqual([])
})

test('Mở… given a Word file offers the Word import instead of an error', async ({ page }) => {
  await wordFile(page, 'mo-nham-002.docx')
  await clearAutosave(page.request)
  await page.goto('/')
  await page.getByTestId('start-open').click()
  await page.getByTestId('file-list').getByText('mo-nham-002.docx').click()
  const question = page.getByRole('dialog', { name: 'Mở tệp' })
  await expect(question.getByTestId('question-message')).toHaveText(
    'Tệp này là tệp Word. Nhập vào kế hoạch mới?'
  )
  await question.getByTestId('answer-import').click()
  await expect(page.getByTestId('import-review')).toBeVisible()
  await page.getByTestId('review-open').click()
  await expect(page.getByTestId('field-place')).toHaveValue('Liên Hội')
  await expect(page.getByTestId('notice')).not.toContainText('UTF-8')
})
