import { expect, test, type Locator } from '@playwright/test'
import type { Block, Plan } from '../../shared/model/types'
import {
  caretAtEndOf,
  caretLandedIn,
  newPlan,
  newPlanWithTable,
  openSample,
  outline,
  saveAndRead,
} from './helpers'

const SHOTS = '/tmp/shots-habits'

/** Where the text of `locator` is drawn (a placeholder takes no width of its own). */
async function textBox(locator: Locator) {
  return locator.evaluate(el => {
    const range = document.createRange()
    range.selectNodeContents(el)
    const { x, y, width, height } = range.getBoundingClientRect()
    return { x, y, width, height }
  })
}
const purpose = (plan: Plan) => outline(plan.sections[0]!.children)
const text = (block: Block | undefined) =>
  block?.content.map(r => ('text' in r ? r.text : '')).join('') ?? ''

test('a library clause inserted with the caret in an empty item fills that item', async ({
  page,
  request,
}) => {
  await newPlan(page)
  await caretAtEndOf(page, 'Mục đích')
  await page.keyboard.press('Enter')
  await caretLandedIn(page, '[data-label="2."]')
  await page.getByTestId('tab-library').click()
  const library = page.getByTestId('library')
  await library.getByTestId('filter-kind').selectOption('item')
  await library.getByTestId('library-query').fill('tham nhung')
  const clause = (
    await library.getByTestId('library-preview').locator('.library-preview-text').innerText()
  )
    .split('\n')[0]!
    .trim()
  await library.getByTestId('library-insert').click()
  await expect(library.getByTestId('library-message')).toContainText('Đã chèn')
  const plan = await saveAndRead(page, request, 'dien-muc-trong.kehoach')
  const items = plan.sections[0]!.children
  // No empty item left before the clause: "2." is the clause, "3." is Yêu cầu.
  expect(items.map(b => `${b.type === 'item' ? b.style : 'paragraph'}: ${text(b)}`)).toEqual([
    'decimal: Mục đích',
    `decimal: ${clause}`,
    'decimal: Yêu cầu',
  ])
})

test('Tab under "2." after "1." had "1.1." items gives "2.1.", not "a)"', async ({
  page,
  request,
}) => {
  await newPlan(page)
  await caretAtEndOf(page, 'Mục đích')
  await page.keyboard.press('Enter')
  await page.keyboard.type('1.1. Mục đích cụ thể')
  await caretAtEndOf(page, 'Yêu cầu')
  await page.keyboard.press('Enter')
  await caretLandedIn(page, '[data-label="3."]')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Yêu cầu cụ thể')
  const body = page.getByTestId('body-editor')
  await expect(body.locator('[data-label="1.1."]')).toHaveText('Mục đích cụ thể')
  await expect(body.locator('[data-label="2.1."]')).toHaveText('Yêu cầu cụ thể')
  const plan = await saveAndRead(page, request, 'tab-2-1.kehoach')
  expect(purpose(plan)).toEqual([
    'decimal: Mục đích',
    '  decimal: Mục đích cụ thể',
    'decimal: Yêu cầu',
    '  decimal: Yêu cầu cụ thể',
  ])
})

test('Backspace on a required heading says why; an emptied heading shows its own name in place', async ({
  page,
}) => {
  await newPlan(page)
  const heading = page.getByTestId('section-heading').first()
  await heading.click()
  await page.keyboard.press('Home')
  await page.keyboard.press('Backspace')
  await expect(page.getByTestId('notice')).toHaveText(
    /Mục «Mục đích, yêu cầu» là phần bắt buộc của kế hoạch, không xóa được\./
  )
  await expect(heading).toContainText('MỤC ĐÍCH, YÊU CẦU')
  await page.getByTestId('notice').getByRole('button', { name: 'Đóng thông báo' }).click()

  // Emptied: the grey name stands where the text goes, right after "I.".
  const textStart = (await textBox(heading.locator('[data-slate-string]'))).x
  await heading.click()
  await page.keyboard.press('End')
  await page.keyboard.press('Shift+Home')
  await page.keyboard.press('Delete')
  const placeholder = heading.getByTestId('section-placeholder')
  await expect(placeholder).toHaveText('MỤC ĐÍCH, YÊU CẦU')
  await heading.screenshot({ path: `${SHOTS}/emptied-heading.png` })
  const [h, p] = [await heading.boundingBox(), await textBox(placeholder)]
  expect(p.width).toBeGreaterThan(100)
  // On the heading's own line (not below it), right after the number.
  expect(p.y + p.height).toBeLessThan(h!.y + h!.height + 2)
  expect(h!.height).toBeLessThan(p.height * 1.8)
  expect(Math.abs(p.x - textStart)).toBeLessThan(4)
  await page.keyboard.press('Backspace')
  await expect(page.getByTestId('notice')).toContainText('là phần bắt buộc của kế hoạch')
  await page.keyboard.type('MỤC ĐÍCH')
  await expect(placeholder).toHaveCount(0)
})

test('the lead-in sentence has a slot before I., its ":" kept; a new plan is not dirty', async ({
  page,
  request,
}) => {
  await newPlan(page)
  await expect(page.getByTestId('doc-title')).not.toContainText('•')
  const slot = page.getByTestId('lead-in-slot')
  // The hint is drawn by CSS, so it is neither the heading's text nor its accessible name.
  expect(await slot.evaluate(el => getComputedStyle(el, '::before').content)).toContain(
    'ban hành Kế hoạch … như sau:'
  )
  await expect(page.getByTestId('section-heading').first()).toHaveText('MỤC ĐÍCH, YÊU CẦU')
  const heading = page.getByTestId('section-heading').first()
  const drawn = (await slot.boundingBox())!
  expect(drawn.y + drawn.height).toBeLessThanOrEqual((await heading.boundingBox())!.y + 8)
  await page
    .locator('.pg-sheet')
    .first()
    .screenshot({ path: `${SHOTS}/lead-in-slot.png` })
  await slot.click()
  const block = page.getByTestId('body-editor').locator('[data-block-id]').first()
  await caretLandedIn(page, 'p')
  const sentence = 'Ủy ban nhân dân xã Liên Hội ban hành Kế hoạch triển khai thực hiện như sau:'
  await page.keyboard.type(sentence)
  await expect(slot).toHaveCount(0)
  await expect(block).toHaveText(sentence)
  const plan = await saveAndRead(page, request, 'cau-dan.kehoach')
  expect(plan.preamble.map(text)).toEqual([sentence])
  expect(plan.sections[0]!.title).toBe('MỤC ĐÍCH, YÊU CẦU')
})

test('the date reads "tháng 01" as in Word', async ({ page }) => {
  await newPlan(page)
  await page.getByTestId('field-day').fill('5')
  await page.getByTestId('field-month').fill('1')
  await expect(page.getByTestId('field-day')).toHaveValue('05')
  await expect(page.getByTestId('field-month')).toHaveValue('01')
  await page.getByTestId('field-month').fill('11')
  await expect(page.getByTestId('field-month')).toHaveValue('11')
  await page.getByTestId('field-month').fill('2')
  await expect(page.getByTestId('field-month')).toHaveValue('02')
  // Backspace clears a field instead of leaving "0".
  await page.getByTestId('field-day').press('End')
  await page.getByTestId('field-day').press('Backspace')
  await page.getByTestId('field-day').press('Backspace')
  await expect(page.getByTestId('field-day')).toHaveValue('')
  await page.getByTestId('field-day').fill('9')
  await page.getByTestId('field-month').fill('1')
  await page
    .locator('.pg-header')
    .first()
    .screenshot({ path: `${SHOTS}/date.png` })
})

test('a task table has its right border; its row button says "Đưa vào thư viện"', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await newPlanWithTable(page)
  await page.keyboard.type('Cải cách hành chính')
  const table = page.getByTestId('task-table')
  const lastCell = table.locator('tbody tr').first().locator('td:not(.ed-side)').last()
  await expect(lastCell).toBeVisible()
  await table.screenshot({ path: `${SHOTS}/table-border.png` })
  const right = await lastCell.evaluate(el => {
    const style = getComputedStyle(el)
    return { style: style.borderRightStyle, width: parseFloat(style.borderRightWidth) }
  })
  expect(right.style).toBe('solid')
  expect(right.width).toBeGreaterThan(0.5)
  // Each chunk of rows paints only inside its own box (content-visibility): the border must be in it.
  const [tableRight, chunkRight] = await lastCell.evaluate(cell => [
    cell.closest('table')!.getBoundingClientRect().right,
    cell.closest('.ed-table-chunk')!.getBoundingClientRect().right,
  ])
  expect(tableRight).toBeLessThanOrEqual(chunkRight)
  const save = table.getByTestId('row-save').first()
  await table.locator('tbody tr').first().hover()
  await expect(save).toHaveText('Đưa vào thư viện')
  const row = (await table.locator('tbody tr').first().boundingBox())!
  await page.screenshot({
    path: `${SHOTS}/row-tools.png`,
    clip: { x: 0, y: row.y - 10, width: 700, height: row.height + 40 },
  })
  await expect(save).toHaveAttribute('title', /thư viện/)
})

test('criterion letters and group numbers keep their space ("a) Cải cách")', async ({ page }) => {
  await openSample(page, '002')
  const table = page.getByTestId('task-table').first()
  // innerText is the text as drawn: a trailing plain space in a flex row is not drawn.
  const letter = table.locator('.ed-cell > span').first()
  // Drawn, not skipped with its off-screen chunk (innerText needs the layout).
  await letter.scrollIntoViewIfNeeded()
  await expect(letter).toBeVisible()
  // Polled: a chunk scrolled into view is laid out a frame later, and innerText needs the layout.
  await expect.poll(() => letter.innerText()).toMatch(/^[a-zđ]\)\s$/)
  const group = table.locator('.ed-row > span').first()
  await expect.poll(() => group.innerText()).toMatch(/^\d+\.\s$/)
  await table.locator('tbody').screenshot({ path: `${SHOTS}/row-labels.png` })
})

test('the find bar fits on one line at 1366 px', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await newPlan(page)
  await caretAtEndOf(page, 'Mục đích')
  await page.keyboard.press('Control+f')
  const bar = page.getByTestId('find-bar')
  await expect(bar).toBeVisible()
  await page.getByTestId('find-query').fill('Mục')
  const tops = await bar.evaluate(el =>
    [...el.children].map(child => Math.round(child.getBoundingClientRect().top))
  )
  const height = await bar.evaluate(el => el.getBoundingClientRect().height)
  await page.screenshot({ path: `${SHOTS}/find-bar-1366.png` })
  expect(height).toBeLessThan(40)
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(10)
  // Escape from any control of the bar closes it.
  await page.getByTestId('find-ignore-diacritics').focus()
  await page.keyboard.press('Escape')
  await expect(bar).toBeHidden()
})
