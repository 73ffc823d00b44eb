import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { clearAutosave, documentsDir } from './helpers'

const FIXTURES = path.join(import.meta.dirname, '..', 'electron', 'import', 'legacy', 'fixtures')

test('Mở từ Word… opens an old .doc plan through the import review, sections found', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  await clearAutosave(request)
  const docs = await documentsDir(request)
  // Sample 002 exported by the app and saved by LibreOffice as Word 97–2003 (.doc).
  fs.copyFileSync(path.join(FIXTURES, 'sample-002.doc'), path.join(docs, 'ke-hoach-2024.doc'))

  await page.goto('/')
  await page.getByTestId('start-import-word').click()
  await page.getByTestId('file-list').getByText('ke-hoach-2024.doc').click()
  const review = page.getByTestId('import-review')
  await expect(review).toBeVisible({ timeout: 60_000 })
  await expect(review.getByTestId('review-part-section')).toHaveCount(3)
  await expect(review.getByTestId('review-part-section').first()).toContainText('MỤC ĐÍCH, YÊU CẦU')
  await expect(review.getByTestId('review-part-signature')).toContainText('CHỦ TỊCH')
  await expect(review.getByTestId('review-notes')).toContainText('tệp .doc (Word 97–2003)')
  await review.getByTestId('review-open').click()
  await expect(page.getByTestId('field-place')).toHaveValue('Liên Hội')
  await expect(page.getByTestId('task-table')).toBeVisible()
})
