import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import type { OpenedPlan } from '../../shared/ipc/contract'
import type { Result } from '../../shared/ipc/result'
import { clearAutosave, documentsDir } from './helpers'

test('Mở từ Word… imports a .docx plan; Nhập thư mục… harvests a folder into the library', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  await clearAutosave(request)
  const docs = await documentsDir(request)
  // A Word file made by the app's own export of sample 002.
  const sample = (await (await request.post('/api/samples:open', { data: ['002'] })).json()) as {
    value: Result<OpenedPlan>
  }
  if (!sample.value.ok) {
    throw new Error('sample 002 missing')
  }
  const word = path.join(docs, 'ke-hoach-cu-002.docx')
  const exported = (await (
    await request.post('/api/export:docx', { data: [word, sample.value.value.plan, true] })
  ).json()) as { value: { ok: boolean } }
  expect(exported.value.ok).toBe(true)

  await page.goto('/')
  await page.getByTestId('start-import-word').click()
  await page.getByTestId('file-list').getByText('ke-hoach-cu-002.docx').click()
  await expect(page.getByTestId('notice')).toContainText('Đã nhập từ Word')
  await expect(page.getByTestId('field-subject')).toHaveValue(sample.value.value.plan.subject)
  await expect(page.getByTestId('field-place')).toHaveValue('Liên Hội')
  await expect(page.getByTestId('task-table')).toBeVisible()
  await expect(page.getByTestId('doc-title')).toContainText('•')

  page.once('dialog', dialog => void dialog.accept())
  await page.getByTestId('cmd-close').click()
  await expect(page.getByTestId('start-screen')).toBeVisible()
  await page.getByTestId('start-import-folder').click()
  // A folder of its own (other tests leave Word files in the documents folder).
  const folder = path.join(docs, 'ke-hoach-cu')
  fs.mkdirSync(path.join(folder, '2024'), { recursive: true })
  fs.copyFileSync(word, path.join(folder, '2024', 'kh-354.docx'))
  fs.writeFileSync(path.join(folder, 'hong.docx'), 'không phải docx')
  await page.getByTestId('file-name').fill(folder)
  await page.getByTestId('file-ok').click()
  const dialog = page.getByTestId('folder-import')
  await expect(dialog.getByTestId('folder-summary')).toContainText('Đã đọc 1 kế hoạch', {
    timeout: 60_000,
  })
  await expect(dialog.getByTestId('folder-summary')).toContainText('điều khoản vào thư viện')
  await expect(dialog.getByTestId('folder-summary')).toContainText('1 tệp không nhập được')
  await expect(dialog.getByTestId('folder-summary')).toContainText('hong.docx')
})
