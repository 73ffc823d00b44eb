import { expect, test } from '@playwright/test'
import type { Plan } from '../../shared/model/types'
import { caretAtEndOf, caretLandedIn, newPlan, outline, saveAndRead } from './helpers'

const section = (plan: Plan, role: string) => plan.sections.find(s => s.role === role)!

test('typing structure: Enter, typed markers, Tab and Shift+Tab build the outline', async ({
  page,
  request,
}) => {
  await newPlan(page)
  await caretAtEndOf(page, 'Mục đích')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await page.keyboard.type('a) Xác định nhiệm vụ, giải pháp')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Nâng cao nhận thức')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Tuyên truyền')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Phát huy sự tham gia')
  const plan = await saveAndRead(page, request, 'cau-truc.kehoach')
  expect(outline(section(plan, 'purpose').children)).toEqual([
    'decimal: Mục đích',
    '  letter: Xác định nhiệm vụ, giải pháp',
    '  letter: Nâng cao nhận thức',
    '    dash: Tuyên truyền',
    '  letter: Phát huy sự tham gia',
    'decimal: Yêu cầu',
  ])
  await expect(page.getByTestId('body-editor').locator('[data-label="b)"]')).toHaveText(
    'Nâng cao nhận thức'
  )
})

test('required sections cannot be deleted by selecting everything and deleting', async ({
  page,
  request,
}) => {
  await newPlan(page)
  await caretAtEndOf(page, 'Mục đích')
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Delete')
  await page.keyboard.press('Backspace')
  const plan = await saveAndRead(page, request, 'xoa-het.kehoach')
  expect(plan.sections.map(s => s.role)).toEqual(['purpose', 'tasks', 'organization'])
  await expect(page.getByTestId('section-heading')).toHaveCount(3)
})

test('undo and redo cover the body and the header fields in one history', async ({
  page,
  request,
}) => {
  await newPlan(page)
  await page.getByTestId('field-place').fill('Lộc Bình')
  await caretAtEndOf(page, 'Yêu cầu')
  await page.keyboard.type(' chung')
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('body-editor')).not.toContainText('Yêu cầu chung')
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('field-place')).toHaveValue('')
  await page.keyboard.press('Control+y')
  await expect(page.getByTestId('field-place')).toHaveValue('Lộc Bình')
  const plan = await saveAndRead(page, request, 'hoan-tac.kehoach')
  expect(plan.header.place).toBe('Lộc Bình')
  expect(outline(section(plan, 'purpose').children)).toEqual([
    'decimal: Mục đích',
    'decimal: Yêu cầu',
  ])
})

test('the outline jumps to an item and reorders items by drag and drop', async ({
  page,
  request,
}) => {
  await newPlan(page)
  const outline = page.getByTestId('outline')
  await expect(outline.locator('li')).toHaveText([
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    '2. Yêu cầu',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    'III. TỔ CHỨC THỰC HIỆN',
  ])
  await outline.getByRole('button', { name: '2. Yêu cầu' }).click()
  await expect(page.getByTestId('body-editor')).toBeFocused()
  await page.keyboard.type('Các ')
  await expect(page.getByTestId('body-editor').locator('[data-label="2."]')).toHaveText(
    'Các Yêu cầu'
  )
  const item = (name: string) =>
    outline.locator('li').filter({ has: page.getByRole('button', { name, exact: true }) })
  await item('2. Các Yêu cầu').dragTo(item('1. Mục đích'))
  await expect(page.getByTestId('body-editor').locator('[data-label="1."]')).toHaveText(
    'Các Yêu cầu'
  )
  const plan = await saveAndRead(page, request, 'dan-y.kehoach')
  expect(outline2(plan)).toEqual(['Các Yêu cầu', 'Mục đích'])
})

test('the Kiểm tra list updates while the clerk types', async ({ page }) => {
  await newPlan(page)
  const checks = page.getByTestId('checks')
  await expect(checks).toContainText('Chưa có trích yếu')
  await page.getByTestId('field-subject').fill('Nâng cao Chỉ số PAPI năm 2025')
  await expect(checks).not.toContainText('Chưa có trích yếu')
  await expect(checks).toContainText('Chưa có họ tên người ký')
  await page.getByTestId('field-signer').fill('Nguyễn Văn A')
  await expect(checks).not.toContainText('Chưa có họ tên người ký')
})

function outline2(plan: Plan): string[] {
  return plan.sections[0]!.children.map(b =>
    b.content.map(r => ('text' in r ? r.text : '')).join('')
  )
}

test('footnotes: insert with Ctrl+Alt+F, numbered automatically, edited and deleted', async ({
  page,
  request,
}) => {
  await newPlan(page)
  await caretAtEndOf(page, 'Mục đích')
  await page.keyboard.press('Control+Alt+f')
  await page.getByTestId('footnote-text').fill('Theo kết quả PAPI năm 2023')
  await page.getByRole('button', { name: 'Xong' }).click()
  await caretAtEndOf(page, 'Yêu cầu')
  await page.keyboard.press('Control+Alt+f')
  await page.getByTestId('footnote-text').fill('Chú thích thứ hai')
  await page.getByRole('button', { name: 'Xong' }).click()
  await expect(page.getByTestId('footnote-ref')).toHaveText(['1', '2'])
  await expect(page.getByTestId('footnotes').locator('.pg-footnote__number')).toHaveText(['1', '2'])
  let plan = await saveAndRead(page, request, 'chu-thich.kehoach')
  const first = plan.sections[0]!.children[0]!.content
  expect(first).toEqual([
    { text: 'Mục đích' },
    { type: 'footnote', id: expect.any(String), content: [{ text: 'Theo kết quả PAPI năm 2023' }] },
  ])

  await page.getByTestId('footnote-ref').first().click()
  await page.getByTestId('footnote-delete').click()
  await expect(page.getByTestId('footnote-ref')).toHaveText(['1'])
  plan = await saveAndRead(page, request, 'chu-thich-2.kehoach')
  expect(plan.sections[0]!.children[0]!.content).toEqual([{ text: 'Mục đích' }])
  expect(plan.sections[0]!.children[1]!.content[1]).toMatchObject({
    type: 'footnote',
    content: [{ text: 'Chú thích thứ hai' }],
  })
})

test('an extra section is added before Tổ chức thực hiện, numbered, and can be removed again', async ({
  page,
  request,
}) => {
  await newPlan(page)
  await page.getByTestId('add-section').click()
  await page.keyboard.type('KINH PHÍ THỰC HIỆN')
  await page.keyboard.press('ArrowDown')
  await caretLandedIn(page, 'p')
  await page.keyboard.type('Kinh phí do ngân sách xã bảo đảm.')
  const headings = page.getByTestId('section-heading')
  await expect(headings).toHaveCount(4)
  await expect(headings.nth(2)).toHaveAttribute('data-label', 'III.')
  await expect(headings.nth(3)).toHaveAttribute('data-label', 'IV.')
  let plan = await saveAndRead(page, request, 'muc-bo-sung.kehoach')
  expect(plan.sections.map(s => [s.role, s.title])).toEqual([
    ['purpose', 'MỤC ĐÍCH, YÊU CẦU'],
    ['tasks', 'NHIỆM VỤ, GIẢI PHÁP'],
    ['extra', 'KINH PHÍ THỰC HIỆN'],
    ['organization', 'TỔ CHỨC THỰC HIỆN'],
  ])
  await headings.nth(2).hover()
  await page.getByTestId('section-remove').click()
  await expect(headings).toHaveCount(3)
  plan = await saveAndRead(page, request, 'muc-bo-sung-2.kehoach')
  expect(plan.sections.map(s => s.role)).toEqual(['purpose', 'tasks', 'organization'])
  expect(JSON.stringify(plan.sections[1])).toContain('Kinh phí do ngân sách xã bảo đảm.')
})
