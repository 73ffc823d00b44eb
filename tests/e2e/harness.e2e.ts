import { expect, test } from '@playwright/test'
import { clearAutosave } from './helpers'

test.beforeEach(async ({ request }) => {
  await clearAutosave(request)
})

test('new plan → save → reload → the same plan opens from recent files', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByTestId('start-screen')).toBeVisible()
  await page.getByTestId('start-new').click()
  await expect(page.getByTestId('page').first()).toBeVisible()
  await expect(page.getByTestId('section-heading').first()).toHaveText('MỤC ĐÍCH, YÊU CẦU')

  await page.keyboard.press('Control+s')
  await page.getByTestId('file-name').fill('kế hoạch thử.kehoach')
  await page.getByTestId('file-ok').click()
  await expect(page.getByTestId('notice')).toContainText('Đã lưu')
  const before = await page.getByTestId('page').first().innerText()

  await page.reload()
  await expect(page.getByTestId('start-screen')).toBeVisible()
  await page.getByTestId('recent-files').getByRole('button').first().click()
  await expect(page.getByTestId('doc-title')).toHaveText('kế hoạch thử.kehoach')
  expect(await page.getByTestId('page').first().innerText()).toBe(before)
})

test('sample 004 opens as a page with every section heading', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('sample-004').click()
  const sheet = page.getByTestId('page').first()
  await expect(sheet).toBeVisible()
  const headings = sheet.getByTestId('section-heading')
  await expect(headings).toHaveText([
    'MỤC ĐÍCH, YÊU CẦU',
    'NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN',
    'TỔ CHỨC THỰC HIỆN',
  ])
  for (const [i, label] of ['I.', 'II.', 'III.'].entries()) {
    await expect(headings.nth(i)).toBeVisible()
    await expect(headings.nth(i)).toHaveAttribute('data-label', label)
  }
  await expect(page.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').first()).toBeVisible()
  await expect(page.getByTestId('task-table').first()).toBeVisible()
})

test('a corrupted plan file gets a Vietnamese message and nothing else changes', async ({
  page,
  request,
}) => {
  const info = (await (await request.post('/api/app:info', { data: [] })).json()) as {
    value: { documentsDir: string }
  }
  const bad = `${info.value.documentsDir}/hỏng.kehoach`
  const fs = await import('node:fs')
  fs.writeFileSync(bad, '{"format":"soan-ke-hoach/plan","schemaVersion":1,"plan":{"hea')
  await page.goto('/')
  await page.getByTestId('start-open').click()
  await page.getByTestId('file-list').getByText('hỏng.kehoach').click()
  await expect(page.getByTestId('notice')).toContainText('bị hỏng hoặc không đầy đủ')
  await expect(page.getByTestId('start-screen')).toBeVisible()
  expect(fs.readFileSync(bad, 'utf8')).toBe(
    '{"format":"soan-ke-hoach/plan","schemaVersion":1,"plan":{"hea'
  )
})

test('the page runs under the CSP header with no violation and has the app icon', async ({
  page,
  request,
}) => {
  const violations: string[] = []
  page.on('console', message => {
    if (/Content Security Policy/i.test(message.text())) {
      violations.push(message.text())
    }
  })
  const response = await page.goto('/')
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'")
  await page.getByTestId('sample-002').click()
  await expect(page.getByTestId('section-heading').first()).toBeVisible()
  const icon = await page.locator('link[rel="icon"]').getAttribute('href')
  expect(icon).toMatch(/\.svg$/)
  const served = await request.get(new URL(icon ?? '', page.url()).href)
  expect(served.status()).toBe(200)
  expect(served.headers()['content-type']).toBe('image/svg+xml')
  expect(violations).toEqual([])
})
