import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import type { OpenedPlan } from '../../shared/ipc/contract'
import type { Result } from '../../shared/result'
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import { clearAutosave, documentsDir, saveAndRead } from './helpers'

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
  // Our own export has every part in its place: nothing to check in the review.
  const review = page.getByTestId('import-review')
  await expect(review.getByTestId('review-part-recipients')).not.toContainText('⚠')
  await expect(review.getByTestId('review-part-signature')).toContainText('CHỦ TỊCH')
  await review.getByTestId('review-open').click()
  await expect(page.getByTestId('notice')).toContainText('Đã nhập từ Word')
  await expect(page.getByTestId('field-subject')).toHaveValue(sample.value.value.plan.subject)
  await expect(page.getByTestId('field-place')).toHaveValue('Liên Hội')
  await expect(page.getByTestId('task-table')).toBeVisible()
  await expect(page.getByTestId('doc-title')).toContainText('•')

  await page.getByTestId('cmd-close').click()
  await page.getByTestId('answer-discard').click()
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

test('the import review shows what went where and gives a misread paragraph its role', async ({
  page,
  request,
}) => {
  await clearAutosave(request)
  const docs = await documentsDir(request)
  const line = (text: string, bold = false) =>
    new Paragraph({ children: [new TextRun({ text, bold })] })
  // Typed by hand: the header in a table, a heading without its number, no Nơi nhận and no
  // signature table.
  const doc = new Document({
    sections: [
      {
        children: [
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [line('ỦY BAN NHÂN DÂN'), line('XÃ TÂN LẬP', true)] }),
                  new TableCell({
                    children: [
                      line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true),
                      line('Độc lập - Tự do - Hạnh phúc', true),
                    ],
                  }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [line('Số: 12/KH-UBND')] }),
                  new TableCell({ children: [line('Tân Lập, ngày 05 tháng 3 năm 2025')] }),
                ],
              }),
            ],
          }),
          line('KẾ HOẠCH', true),
          line('Nâng cao Chỉ số PAPI năm 2025', true),
          line('I. MỤC ĐÍCH, YÊU CẦU', true),
          line('1. Mục đích', true),
          line('Nâng cao chất lượng phục vụ người dân.'),
          line('II. NHIỆM VỤ, GIẢI PHÁP', true),
          line('1. Công khai thủ tục hành chính tại trụ sở.'),
          line('KINH PHÍ THỰC HIỆN', true),
          line('Kinh phí do ngân sách xã bảo đảm.'),
          line('III. TỔ CHỨC THỰC HIỆN', true),
          line('Giao Văn phòng UBND xã theo dõi, đôn đốc.'),
        ],
      },
    ],
  })
  fs.writeFileSync(path.join(docs, 'go-tay.docx'), await Packer.toBuffer(doc))

  await page.goto('/')
  const review = page.getByTestId('import-review')
  // Hủy opens nothing.
  await page.getByTestId('start-import-word').click()
  await page.getByTestId('file-list').getByText('go-tay.docx').click()
  await review.getByTestId('review-cancel').click()
  await expect(review).toHaveCount(0)
  await expect(page.getByTestId('start-screen')).toBeVisible()
  await page.getByTestId('start-import-word').click()
  await page.getByTestId('file-list').getByText('go-tay.docx').click()
  await expect(review).toBeVisible()
  await expect(review.getByTestId('review-part-header')).toContainText('XÃ TÂN LẬP')
  await expect(review.getByTestId('review-part-subject')).toContainText('Nâng cao Chỉ số PAPI')
  await expect(review.getByTestId('review-part-signature')).toContainText('⚠')
  const heading = review.getByTestId('review-paragraph').filter({ hasText: /KINH PHÍ THỰC HIỆN/ })
  await heading.getByTestId('review-role').selectOption('section')
  await expect(review.getByTestId('review-paragraph').filter({ hasText: /KINH PHÍ/ })).toHaveCount(
    0
  )
  await expect(review.getByTestId('review-parts')).toContainText('III. KINH PHÍ THỰC HIỆN')
  await expect(review.getByTestId('review-parts')).toContainText('IV. TỔ CHỨC THỰC HIỆN')
  await review.getByTestId('review-undo').click()
  await expect(review.getByTestId('review-parts')).not.toContainText('KINH PHÍ THỰC HIỆN')
  await heading.getByTestId('review-role').selectOption('section')
  await review.getByTestId('review-open').click()

  await expect(page.getByTestId('notice')).toContainText('Đã nhập từ Word')
  const headings = page.getByTestId('section-heading')
  await expect(headings).toHaveCount(4)
  await expect(headings.nth(2)).toHaveAttribute('data-label', 'III.')
  await expect(headings.nth(2)).toContainText('KINH PHÍ THỰC HIỆN')
  const plan = await saveAndRead(page, request, 'go-tay.kehoach')
  expect(plan.sections.map(s => [s.role, s.title])).toEqual([
    ['purpose', 'MỤC ĐÍCH, YÊU CẦU'],
    ['tasks', 'NHIỆM VỤ, GIẢI PHÁP'],
    ['extra', 'KINH PHÍ THỰC HIỆN'],
    ['organization', 'TỔ CHỨC THỰC HIỆN'],
  ])
  expect(JSON.stringify(plan.sections[2])).toContain('Kinh phí do ngân sách xã bảo đảm.')
})
