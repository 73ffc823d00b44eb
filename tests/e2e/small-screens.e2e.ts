import fs from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { caretLandedIn, openSample } from './helpers'

const SHOTS = '/tmp/shots-screens'

/** The window sizes clerks have: old 4:3 screens, a 1366-px laptop at 125 %, laptops, desktops. */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1093, height: 615 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const

/** Horizontal overflow of the window and of the page area (scrollWidth beyond clientWidth). */
async function sidewaysOverflow(page: Page): Promise<{ window: number; page: number }> {
  return page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement
    const area = document.querySelector('.page-scroll') as HTMLElement
    return {
      window: root.scrollWidth - root.clientWidth,
      page: area.scrollWidth - area.clientWidth,
    }
  })
}

/** Asserts that `target` lies across, not outside, the visible part of the page area. */
async function expectInsidePageArea(page: Page, target: Locator, what: string): Promise<void> {
  const area = await page.locator('.page-scroll').evaluate(el => {
    const box = el.getBoundingClientRect()
    return { left: box.left, right: box.left + el.clientWidth }
  })
  const box = await target.boundingBox()
  expect(box, what).not.toBeNull()
  const viewport = page.viewportSize()
  expect(viewport).not.toBeNull()
  const right = box!.x + box!.width
  expect(box!.x, `${what}: left edge ${box!.x} inside the page area`).toBeGreaterThanOrEqual(
    area.left - 0.5
  )
  expect(right, `${what}: right edge ${right} inside the page area`).toBeLessThanOrEqual(
    area.right + 0.5
  )
  expect(right, `${what}: right edge inside the window`).toBeLessThanOrEqual(viewport!.width)
}

/** The zoom box's value as a number of percent. */
async function zoomPercent(page: Page): Promise<number> {
  const text = await page.getByTestId('zoom-value').inputValue()
  return Number(text.replace(/[^\d]/g, ''))
}

test.beforeAll(() => fs.mkdirSync(SHOTS, { recursive: true }))

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} the page and its appendix fit without sideways scrolling`, async ({
    page,
  }) => {
    await page.setViewportSize(size)
    await openSample(page, '004')
    const motto = page.getByTestId('header-motto')
    const date = page.getByTestId('header-date')
    await expect(motto).toBeVisible()
    expect(await sidewaysOverflow(page)).toEqual({ window: 0, page: 0 })
    await expectInsidePageArea(page, motto, 'Quốc hiệu')
    await expectInsidePageArea(page, date, 'the date')
    await page.screenshot({ path: `${SHOTS}/${size.width}x${size.height}-page.png` })

    const appendix = page.getByTestId('appendix-0')
    const lastColumn = appendix.locator('thead th:not(.ed-side)').last()
    await lastColumn.scrollIntoViewIfNeeded()
    expect(await sidewaysOverflow(page)).toEqual({ window: 0, page: 0 })
    await expectInsidePageArea(page, lastColumn, 'the last appendix column')
    await page.screenshot({ path: `${SHOTS}/${size.width}x${size.height}-appendix.png` })

    // At 100 % the page would not fit beside the side pane on the small screens: fit width is
    // chosen by itself there, and 100 % kept on the wide ones.
    const percent = await zoomPercent(page)
    if (size.width <= 1100) {
      expect(percent).toBeLessThan(100)
    } else {
      expect(percent).toBe(100)
    }
  })
}

test('the side pane collapses, gives the page its room and stays collapsed after a restart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 })
  await openSample(page, '004')
  const side = page.getByTestId('side-pane')
  await expect(side).toBeVisible()
  const before = await zoomPercent(page)
  expect(before).toBeLessThan(100)
  await expect(page.getByTestId('toggle-side')).toHaveAttribute('title', /Ctrl\+F1/)

  await page.keyboard.press('Control+F1')
  await expect(side).toBeHidden()
  // With the pane out of the way the A4 page fits at 100 %.
  await expect.poll(() => zoomPercent(page)).toBe(100)
  expect(await sidewaysOverflow(page)).toEqual({ window: 0, page: 0 })
  await page.screenshot({ path: `${SHOTS}/1024x768-collapsed.png` })

  await page.reload()
  await page.getByTestId('sample-004').click()
  await expect(page.getByTestId('body-editor')).toBeVisible()
  await expect(side).toBeHidden()
  await page.getByTestId('toggle-side').click()
  await expect(side).toBeVisible()
  await expect.poll(() => zoomPercent(page)).toBe(before)
})

test('Ctrl+0, Ctrl+=, Ctrl+-, Ctrl + wheel and fit width change the zoom box', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openSample(page, '004')
  expect(await zoomPercent(page)).toBe(100)
  const sheet = page.getByTestId('page')
  const widthAt100 = (await sheet.boundingBox())!.width

  await page.keyboard.press('Control+=')
  await expect.poll(() => zoomPercent(page)).toBe(110)
  await page.keyboard.press('Control+-')
  await page.keyboard.press('Control+-')
  await expect.poll(() => zoomPercent(page)).toBe(90)
  await page.keyboard.press('Control+0')
  await expect.poll(() => zoomPercent(page)).toBe(100)

  const area = (await page.locator('.page-scroll').boundingBox())!
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2)
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, 100)
  await page.keyboard.up('Control')
  await expect.poll(() => zoomPercent(page)).toBe(90)
  // The page itself is drawn smaller, not only the number.
  await expect.poll(async () => (await sheet.boundingBox())!.width).toBeCloseTo(widthAt100 * 0.9, 0)

  await page.getByTestId('zoom-fit').click()
  const fit = await zoomPercent(page)
  expect(fit).toBeGreaterThan(100)
  expect(await sidewaysOverflow(page)).toEqual({ window: 0, page: 0 })
  // Fit width: the desk (page and its grey margin) fills the page area's width.
  const desk = (await page.getByTestId('plan-page').boundingBox())!
  const clientWidth = await page.locator('.page-scroll').evaluate(el => el.clientWidth)
  expect(desk.width).toBeLessThanOrEqual(clientWidth + 0.5)
  expect(desk.width).toBeGreaterThan(clientWidth * 0.98)

  // A percentage typed in the box.
  await page.getByTestId('zoom-value').fill('80')
  await page.getByTestId('zoom-value').press('Enter')
  await expect.poll(() => zoomPercent(page)).toBe(80)
})

test('at 75 % a click puts the caret where it was clicked and typing lands there', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openSample(page, '004')
  await page.getByTestId('zoom-value').fill('75')
  await page.getByTestId('zoom-value').press('Enter')
  await expect.poll(() => zoomPercent(page)).toBe(75)

  const block = page
    .getByTestId('body-editor')
    .locator('[data-block-id]')
    .filter({ hasText: /\S{4,}\s+\S{4,}/ })
    .nth(2)
  await block.scrollIntoViewIfNeeded()
  const before = (await block.innerText()).trim()
  // The screen position of the 6th character of the block's text, as the zoomed page draws it.
  const point = await block.evaluate(element => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    let node = walker.nextNode()
    while (node && (node.textContent ?? '').trim().length < 8) {
      node = walker.nextNode()
    }
    if (!node) {
      throw new Error('no text in the block')
    }
    const text = node.textContent ?? ''
    const offset = text.search(/\S/) + 5
    const range = document.createRange()
    range.setStart(node, offset)
    range.setEnd(node, offset + 1)
    const box = range.getBoundingClientRect()
    return { x: box.left + 1, y: box.top + box.height / 2, before: text.slice(0, offset) }
  })
  await page.mouse.click(point.x, point.y)
  await caretLandedIn(page, '[data-block-id]')
  await page.keyboard.type('QZ')
  const after = (await block.innerText()).trim()
  const clickedAfter = point.before.trimStart()
  const at = before.indexOf(clickedAfter) + clickedAfter.length
  expect(after).toBe(`${before.slice(0, at)}QZ${before.slice(at)}`)
})
