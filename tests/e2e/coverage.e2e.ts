import { expect, test } from '@playwright/test'
import { runsText } from '../../shared/text/runs'
import type { Block } from '../../shared/model/types'
import { openSample, saveAndRead } from './helpers'

test('Bao phủ: a weak PAPI sub-criterion without a task is flagged until the clerk tags one', async ({
  page,
  request,
}) => {
  await openSample(page, '002')
  await page.getByTestId('tab-coverage').click()
  const entry = page.getByTestId('coverage-entry-P4.3')
  await expect(page.getByTestId('coverage-entry-P1')).toContainText('Tham gia của người dân')
  await expect(page.getByTestId('coverage-count-P4.3')).toHaveText('(0 nhiệm vụ)')
  await expect(page.getByTestId('coverage-count-P2.2')).toHaveText('(1 nhiệm vụ)')

  await page.getByTestId('coverage-band-P4.3').selectOption('low')
  await expect(entry).toContainText('Kết quả năm trước thấp nhưng chưa có nhiệm vụ nào')
  await page.getByTestId('tab-outline').click()
  await expect(page.getByTestId('checks')).toContainText(
    '“P4.3 Công bằng trong tuyển dụng vào khu vực công” có kết quả năm trước thấp'
  )

  await page.getByTestId('tab-coverage').click()
  const add = page.getByTestId('coverage-add-P4.3')
  await add.focus()
  await add.selectOption({ index: 1 })
  await page.getByTestId('coverage-add-button-P4.3').click()
  await expect(page.getByTestId('coverage-count-P4.3')).toHaveText('(1 nhiệm vụ)')
  await expect(entry).not.toContainText('chưa có nhiệm vụ nào')
  await page.getByTestId('tab-outline').click()
  await expect(page.getByTestId('checks')).not.toContainText('P4.3')

  const plan = await saveAndRead(page, request, 'bao-phu.kehoach')
  expect(plan.coverage?.results).toEqual([{ code: 'P4.3', band: 'low' }])
  expect(plan.coverage?.corrections).toEqual([
    { id: expect.any(String), code: 'P4.3', covers: true },
  ])
})

test('Kiểm tra: "Sửa tất cả lỗi loại này" makes the tone placement one style', async ({
  page,
  request,
}) => {
  await openSample(page, '000')
  const checks = page.getByTestId('checks')
  await expect(checks).toContainText('“hoá” → “hóa”')
  const item = checks.locator('li').filter({ hasText: 'đặt dấu thanh theo một kiểu' }).first()
  await expect(item.getByTestId('check-fix-all')).toHaveText('Sửa tất cả lỗi loại này (4)')
  await item.getByTestId('check-fix-all').click()
  await expect(checks).not.toContainText('“hoá” → “hóa”')
  await expect(checks).not.toContainText('“khoá” → “khóa”')
  const plan = await saveAndRead(page, request, 'dau-thanh.kehoach')
  const all = (blocks: readonly Block[]): string[] =>
    blocks.flatMap(b => [runsText(b.content), ...(b.type === 'item' ? all(b.children) : [])])
  const text = plan.sections.flatMap(s => all(s.children)).join('\n')
  expect(text).not.toMatch(/hoá|khoá/)
  expect(text).toContain('bê tông hóa')
})
