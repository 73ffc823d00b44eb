/**
 * Screenshots of carry-forward and derive with their review panel, to look at by eye (not a test).
 * Start the harness first (`PORT=5191 SKH_DATA_DIR=/tmp/skh-shots npx tsx electron/harness/main.ts`),
 * then `SHOTS_PORT=5191 SHOTS_DIR=/tmp/shots-review npx tsx tests/e2e/shots/lineage-shots.ts`.
 */
import fs from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../chromium'

const base = `http://127.0.0.1:${process.env.SHOTS_PORT ?? '5191'}`
const out = process.env.SHOTS_DIR ?? '/tmp/shots-review'

async function main() {
  fs.mkdirSync(out, { recursive: true })
  const browser = await chromium.launch(chromiumLaunchOptions)
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' })
  await page.request.post(`${base}/api/profile:set`, {
    data: [
      {
        agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN BẮC HÀ'],
        agencyAbbr: 'UBND',
        level: 'huyen',
        place: 'Bắc Hà',
        signatureLines: [{ prefix: 'TM', text: 'ỦY BAN NHÂN DÂN' }, { text: 'CHỦ TỊCH' }],
        signer: 'Nguyễn Văn An',
        recipients: [],
        archive: 'VT, NV',
      },
    ],
  })
  const list = (await (
    await page.request.post(`${base}/api/autosave:list`, { data: [] })
  ).json()) as {
    value: { id: string }[]
  }
  for (const entry of list.value) {
    await page.request.post(`${base}/api/autosave:discard`, { data: [entry.id] })
  }
  await page.goto(base)
  await page.getByTestId('start-screen').waitFor()
  await page.screenshot({ path: `${out}/01-start.png` })
  await page.getByTestId('sample-002').click()
  await page.getByTestId('cmd-carry-forward').click()
  await page.screenshot({ path: `${out}/02-dialog-carry.png` })
  await page.getByTestId('lineage-go').click()
  await page.getByTestId('lineage-panel').waitFor()
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${out}/03-carry-panel.png` })
  const year = page.getByTestId('lineage-group-year').getByTestId('lineage-change').nth(1)
  await year.getByTestId('lineage-undo').click()
  await page
    .getByTestId('lineage-group-year')
    .getByTestId('lineage-change')
    .first()
    .getByTestId('lineage-keep')
    .click()
  await year.getByRole('button').first().click()
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${out}/04-carry-undo-one.png` })
  await page.getByTestId('lineage-panel').evaluate(el => el.scrollTo(0, 10000))
  await page.screenshot({ path: `${out}/05-carry-flags.png` })
  await page.getByTestId('tab-outline').click()
  await page.screenshot({ path: `${out}/06-outline-provenance.png` })
  page.on('dialog', d => void d.accept())
  await page.getByTestId('cmd-close').click()
  const confirm = page.getByRole('button', { name: /Bỏ|Đồng ý|Có/ })
  if (await confirm.count()) {
    await confirm.first().click()
  }
  await page.getByTestId('sample-004').click()
  await page.getByTestId('cmd-derive').click()
  await page.screenshot({ path: `${out}/07-dialog-derive.png` })
  await page.getByTestId('lineage-go').click()
  await page.getByTestId('lineage-panel').waitFor()
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${out}/08-derive-panel.png` })
  await page
    .getByTestId('lineage-group-agency')
    .getByRole('button', { name: /Cơ quan được thay/ })
    .click()
  await page.getByTestId('lineage-group-agency').scrollIntoViewIfNeeded()
  await page.waitForTimeout(300)
  await page.screenshot({ path: `${out}/09-derive-agencies.png` })
  await browser.close()
}
void main()
