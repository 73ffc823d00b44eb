import fs from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../chromium'
const base = 'http://127.0.0.1:5181'
const out = '/tmp/shots-main'
async function main() {
  fs.mkdirSync(out, { recursive: true })
  const browser = await chromium.launch(chromiumLaunchOptions)
  for (const [w, h] of [[1024, 768], [1366, 768]] as const) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, locale: 'vi-VN' })
    await page.goto(base)
    await page.getByTestId('start-screen').waitFor()
    await page.screenshot({ path: `${out}/start-${w}.png` })
    await page.getByTestId('sample-004').click()
    await page.waitForTimeout(2500)
    await page.screenshot({ path: `${out}/editor-${w}.png` })
    await page.close()
  }
  await browser.close()
}
void main()
