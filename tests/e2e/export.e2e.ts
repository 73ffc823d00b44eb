import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import JSZip from 'jszip'
import { documentsDir, newPlan, openSample } from './helpers'

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file))
  return (await zip.file('word/document.xml')?.async('string')) ?? ''
}

test('Xuất Word (Ctrl+E): pre-export check, save dialog with a name from the plan, then the file', async ({
  page,
  request,
}) => {
  await openSample(page, '002')
  await page.keyboard.press('Control+e')
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByTestId('export-go').click()
  await expect(page.getByTestId('file-name')).toHaveValue(
    /^KH-UBND 2024 - Nâng cao Chỉ số hiệu quả.*\.docx$/
  )
  await page.getByTestId('file-name').fill('xuất-002.docx')
  await page.getByTestId('file-ok').click()
  await expect(page.getByTestId('notice')).toContainText('Đã xuất Word')
  await expect(page.getByTestId('notice').getByRole('button', { name: 'Mở thư mục' })).toBeVisible()
  const file = path.join(await documentsDir(request), 'xuất-002.docx')
  const xml = await documentXml(file)
  expect(xml).toContain('Liên Hội')
  expect(xml).not.toContain('DỰ THẢO')
})

test('a plan with errors exports only as a confirmed, marked draft', async ({ page, request }) => {
  await newPlan(page)
  await page.getByTestId('cmd-export').click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog).toContainText('Chưa có họ tên người ký')
  await expect(dialog).toContainText('NĐ 30/2020')
  await expect(dialog.getByTestId('export-go')).toBeDisabled()
  await dialog.getByTestId('export-draft').check()
  await dialog.getByTestId('export-go').click()
  await page.getByTestId('file-name').fill('du-thao.docx')
  await page.getByTestId('file-ok').click()
  await expect(page.getByTestId('notice')).toContainText('Đã xuất Word')
  const xml = await documentXml(path.join(await documentsDir(request), 'du-thao.docx'))
  expect(xml).toContain('DỰ THẢO')
})
