import { expect, test } from '@playwright/test'
import { EMPTY_PROFILE } from '../../shared/model/profile'
import { clearAutosave, saveAndRead } from './helpers'

test.afterEach(async ({ request }) => {
  await request.post('/api/profile:set', { data: [EMPTY_PROFILE] })
})

test('the agency profile, set once, pre-fills every new plan', async ({ page, request }) => {
  await clearAutosave(request)
  await page.goto('/')
  await page.getByTestId('start-profile').click()
  const dialog = page.getByTestId('profile-dialog')
  await dialog.getByTestId('profile-agency').fill('ỦY BAN NHÂN DÂN\nXÃ LIÊN HỘI')
  await dialog.getByTestId('profile-place').fill('Liên Hội')
  await dialog.getByTestId('profile-signer').fill('Triệu Lê Phụng')
  await dialog.getByTestId('profile-recipients').fill('Phòng Nội vụ\nThường trực Đảng ủy xã')
  await dialog.getByTestId('profile-save').click()
  await expect(page.getByTestId('notice')).toContainText('Đã lưu hồ sơ đơn vị')

  await page.getByTestId('start-new').click()
  await expect(page.getByTestId('field-place')).toHaveValue('Liên Hội')
  await expect(page.getByTestId('field-signer')).toHaveValue('Triệu Lê Phụng')
  await expect(page.getByTestId('recipient-1')).toHaveValue('Thường trực Đảng ủy xã')
  const plan = await saveAndRead(page, request, 'ho-so.kehoach')
  expect(plan.header.agency).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ LIÊN HỘI'])
  expect(plan.header.date.year).toBe(new Date().getFullYear())
  expect(plan.recipients.map(r => r.text)).toEqual(['Phòng Nội vụ', 'Thường trực Đảng ủy xã'])
})
