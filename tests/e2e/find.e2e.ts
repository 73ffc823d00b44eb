import { expect, test } from '@playwright/test'
import { blockText } from '../../shared/library/fragment-text'
import { openSample, saveAndRead } from './helpers'
import type { Block } from '../../shared/model/types'

function allText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n')
}

test('find ignores diacritics on request, and replace all changes every match', async ({
  page,
  request,
}) => {
  await openSample(page, '002')
  await page.keyboard.press('Control+f')
  const bar = page.getByTestId('find-bar')
  await bar.getByTestId('find-query').fill('tham nhung')
  await expect(bar.getByTestId('find-count')).toHaveText(/^1\/\d+$/)
  // Enter first goes to the match shown, then on to the next one.
  await bar.getByTestId('find-query').press('Enter')
  await expect(bar.getByTestId('find-count')).toHaveText(/^1\/\d+$/)
  await bar.getByTestId('find-query').press('Enter')
  await expect(bar.getByTestId('find-count')).toHaveText(/^2\/\d+$/)
  await expect(page.locator('mark.ed-found').first()).toBeVisible()
  await bar.getByTestId('find-ignore-diacritics').uncheck()
  await expect(bar.getByTestId('find-count')).toHaveText('Không tìm thấy')

  await bar.getByTestId('find-query').fill('năm 2023')
  await bar.getByTestId('find-ignore-diacritics').check()
  const count = Number(((await bar.getByTestId('find-count').textContent()) ?? '').split('/')[1])
  expect(count).toBeGreaterThan(0)
  await bar.getByTestId('find-replacement').fill('năm 2025')
  await bar.getByTestId('find-replace-all').click()
  await expect(bar.getByTestId('find-count')).toHaveText('Không tìm thấy')
  const plan = await saveAndRead(page, request, 'thay-the.kehoach')
  const body = [allText(plan.preamble), ...plan.sections.map(s => allText(s.children))].join('\n')
  expect(body).not.toContain('năm 2023')
  expect(body.split('năm 2025').length - 1).toBeGreaterThanOrEqual(count)
})
