import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import JSZip from 'jszip'
import { caretAtEndOf, documentsDir, openSample } from './helpers'

const root = path.resolve(import.meta.dirname, '..', '..')

test('So sánh…: the open plan against the sample file, counts, next/previous, tracked Word export', async ({
  page,
  request,
}) => {
  const docs = await documentsDir(request)
  fs.copyFileSync(
    path.join(root, 'resources', 'samples', '002.kehoach'),
    path.join(docs, 'mau-002.kehoach')
  )
  await openSample(page, '002')
  // A word replaced in one paragraph, words added at the end of another, a new paragraph.
  await caretAtEndOf(page, 'Cụ thể:')
  for (let i = 0; i < 'Cụ thể:'.length; i += 1) {
    await page.keyboard.press('Backspace')
  }
  await page.keyboard.type('Chi tiết:')
  await caretAtEndOf(page, '(Chi tiết các nội dung cần triển khai, thực hiện tại Phụ lục kèm theo)')
  await page.keyboard.type(' hằng quý')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Giao Văn phòng theo dõi, đôn đốc.')

  await page.getByTestId('cmd-compare').click()
  await page.getByTestId('file-name').fill('mau-002.kehoach')
  await page.getByTestId('file-ok').click()

  const view = page.getByTestId('compare-view')
  await expect(view).toBeVisible()
  await expect(page.getByTestId('body-editor')).toBeHidden()
  await expect(page.getByTestId('compare-counts')).toHaveText(
    '3 thay đổi: 1 thêm, 0 xóa, 2 sửa, 0 chuyển chỗ'
  )
  const changes = view.getByTestId('compare-change')
  await expect(changes).toHaveCount(3)
  await expect(changes.nth(0).locator('del')).toHaveText('Cụ thể')
  await expect(changes.nth(0).locator('ins')).toHaveText('Chi tiết')
  await expect(changes.nth(1).locator('ins')).toHaveText(' hằng quý')
  await expect(changes.nth(2)).toHaveAttribute('data-change-type', 'added')
  await expect(changes.nth(2).locator('ins')).toHaveText('Giao Văn phòng theo dõi, đôn đốc.')

  const position = page.getByTestId('compare-position')
  await expect(position).toHaveText('0/3')
  await page.keyboard.press('F8')
  await expect(position).toHaveText('1/3')
  await expect(changes.nth(0)).toHaveAttribute('aria-current', 'true')
  await page.getByTestId('compare-next').click()
  await expect(position).toHaveText('2/3')
  await expect(changes.nth(1)).toHaveAttribute('aria-current', 'true')
  await page.keyboard.press('Shift+F8')
  await page.keyboard.press('Shift+F8')
  await expect(position).toHaveText('3/3')
  await page.getByTestId('compare-previous').click()
  await expect(position).toHaveText('2/3')
  if (process.env.SKH_SHOTS !== undefined) {
    await page.screenshot({ path: path.join(process.env.SKH_SHOTS, 'compare-view.png') })
  }

  await page.getByTestId('compare-export').click()
  await expect(page.getByTestId('file-name')).toHaveValue(/ - so sánh\.docx$/)
  await page.getByTestId('file-name').fill('so-sanh.docx')
  await page.getByTestId('file-ok').click()
  await expect(page.getByTestId('notice')).toContainText('Đã xuất Word có theo dõi thay đổi')
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(docs, 'so-sanh.docx')))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  expect(xml).toMatch(/<w:ins [^>]*w:author="[^"]+"[^>]*>[\s\S]*?Chi tiết/)
  expect(xml).toMatch(/<w:del [^>]*w:author="[^"]+"[^>]*>[\s\S]*?Cụ thể/)

  await page.keyboard.press('Escape')
  await expect(view).toBeHidden()
  await expect(page.getByTestId('body-editor')).toBeVisible()
  await expect(page.getByTestId('body-editor')).toContainText('Giao Văn phòng theo dõi, đôn đốc.')
})

test('a plan unchanged since its file shows no change, and closing returns to the editor', async ({
  page,
  request,
}) => {
  const docs = await documentsDir(request)
  fs.copyFileSync(
    path.join(root, 'resources', 'samples', '002.kehoach'),
    path.join(docs, 'mau-002.kehoach')
  )
  await openSample(page, '002')
  await page.getByTestId('cmd-compare').click()
  await page.getByTestId('file-name').fill('mau-002.kehoach')
  await page.getByTestId('file-ok').click()
  await expect(page.getByTestId('compare-counts')).toHaveText('Không có thay đổi')
  await expect(page.getByTestId('compare-change')).toHaveCount(0)
  await expect(page.getByTestId('compare-next')).toBeDisabled()
  await page.getByTestId('compare-close').click()
  await expect(page.getByTestId('compare-view')).toBeHidden()
  await expect(page.getByTestId('body-editor')).toBeVisible()
})
