import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import type { OpenedPlan } from '../../shared/ipc/contract'
import type { Result } from '../../shared/result'
import { clearAutosave, documentsDir, openSample } from './helpers'

/** Impacts that fail the check: what stops a keyboard or screen-reader user. */
const BLOCKING = new Set(['serious', 'critical'])

/** Runs axe on the page (or only inside `selector`) and fails on any serious or critical finding. */
async function expectAccessible(page: Page, where: string, selector?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ])
  if (selector) {
    builder = builder.include(selector)
  }
  const results = await builder.analyze()
  const blocking = results.violations.filter(v => BLOCKING.has(v.impact ?? ''))
  const report = blocking
    .map(
      v =>
        `${v.impact} ${v.id}: ${v.help}\n` +
        v.nodes
          .slice(0, 6)
          .map(n => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`)
          .join('\n')
    )
    .join('\n')
  expect(blocking.length, `${where}: accessibility violations\n${report}`).toBe(0)
  // The check really ran: it found things that pass (an empty page would pass nothing).
  expect(results.passes.length, `${where}: axe found nothing to check`).toBeGreaterThan(5)
}

test('the start screen, the editor and the side panes pass axe', async ({ page }) => {
  // axe walks every node of a whole plan: minutes on a loaded machine.
  test.setTimeout(300_000)
  await clearAutosave(page.request)
  await page.goto('/')
  await expect(page.getByTestId('start-screen')).toBeVisible()
  await expect(page.getByTestId('sample-004')).toBeVisible()
  await expectAccessible(page, 'start screen')

  await openSample(page, '004')
  await expectAccessible(page, 'editor with sample 004')

  await page.getByTestId('tab-library').click()
  await expect(page.locator('.library-results li').first()).toBeVisible()
  await expectAccessible(page, 'library pane', '.side')

  await page.getByTestId('tab-coverage').click()
  await expectAccessible(page, 'coverage pane', '.side')

  await page.keyboard.press('Control+F')
  await expect(page.getByTestId('find-bar')).toBeVisible()
  await expectAccessible(page, 'find bar', '[data-testid="find-bar"]')
})

test('every dialog has a role, a name and passes axe', async ({ page, request }) => {
  test.setTimeout(180_000)
  await clearAutosave(request)
  await page.goto('/')
  await page.getByTestId('start-profile').click()
  await expectDialog(page, 'Hồ sơ đơn vị')
  await expectAccessible(page, 'profile dialog', 'dialog[open]')
  await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click()

  await openSample(page, '004')
  await page.getByTestId('cmd-export').click()
  await expectDialog(page, 'Kiểm tra trước khi xuất Word')
  await expectAccessible(page, 'export dialog', 'dialog[open]')
  await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click()

  // The import review of a Word file made by the app's own export of sample 002.
  const sample = (await (await request.post('/api/samples:open', { data: ['002'] })).json()) as {
    value: Result<OpenedPlan>
  }
  if (!sample.value.ok) {
    throw new Error('sample 002 missing')
  }
  const word = path.join(await documentsDir(request), 'a11y-002.docx')
  if (!fs.existsSync(word)) {
    await request.post('/api/export:docx', { data: [word, sample.value.value.plan, true] })
  }
  await clearAutosave(request)
  await page.goto('/')
  await page.getByTestId('start-import-word').click()
  await expectDialog(page, 'Mở tệp')
  await expectAccessible(page, 'file dialog', 'dialog[open]')
  await page.getByTestId('file-list').getByText('a11y-002.docx').click()
  await expectDialog(page, 'Kiểm tra bản nhập từ Word')
  await expectAccessible(page, 'import review dialog', 'dialog[open]')
})

test('the recovery dialog has a role, a name and passes axe', async ({ page, request }) => {
  await clearAutosave(request)
  const sample = (await (await request.post('/api/samples:open', { data: ['001'] })).json()) as {
    value: Result<OpenedPlan>
  }
  if (!sample.value.ok) {
    throw new Error('sample 001 missing')
  }
  await request.post('/api/autosave:write', {
    data: ['a11y-recovery', {}, sample.value.value.plan],
  })
  await page.goto('/')
  await expectDialog(page, 'Khôi phục công việc chưa lưu')
  await expectAccessible(page, 'recovery dialog', 'dialog[open]')
  await clearAutosave(request)
})

/** A modal dialog is open, named by its heading through aria-labelledby. */
async function expectDialog(page: Page, title: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title })
  // An import runs in the import worker first: seconds on a loaded machine.
  await expect(dialog).toBeVisible({ timeout: 60_000 })
  await expect(dialog).toHaveAttribute('aria-modal', 'true')
  const labelledBy = await dialog.getAttribute('aria-labelledby')
  expect(labelledBy, `${title}: aria-labelledby`).toBeTruthy()
  await expect(page.locator(`[id="${labelledBy}"]`)).toHaveText(title)
}

test('landmarks, names and shortcuts: the window can be worked from the keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openSample(page, '004')
  await expect(page.getByRole('main', { name: 'Trang kế hoạch' })).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Ngăn bên' })).toBeVisible()
  await expect(page.getByRole('contentinfo', { name: 'Thanh trạng thái' })).toBeVisible()
  const toolbar = page.getByRole('toolbar', { name: 'Thanh công cụ' })
  await expect(toolbar).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Nội dung kế hoạch' })).toBeVisible()

  // Every button of the toolbar and the status bar has a name and a tooltip.
  for (const bar of [toolbar, page.getByRole('contentinfo')]) {
    for (const button of await bar.getByRole('button').all()) {
      expect((await button.getAttribute('title'))?.length ?? 0).toBeGreaterThan(3)
      expect(
        (await button.textContent())?.trim() || (await button.getAttribute('aria-label'))
      ).toBeTruthy()
    }
  }
  await expect(page.getByTestId('zoom-in')).toHaveAttribute('title', /\(Ctrl\+=\)/)
  await expect(page.getByTestId('zoom-out')).toHaveAttribute('title', /\(Ctrl\+-\)/)

  // Arrow keys walk the toolbar, as in Windows.
  await page.getByTestId('cmd-new').focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('cmd-open')).toBeFocused()
  await page.keyboard.press('End')
  await expect(page.getByTestId('cmd-close')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('cmd-new')).toBeFocused()

  // …and the side pane's tabs, selecting the tab they land on.
  await page.getByTestId('tab-outline').focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('tab-library')).toBeFocused()
  await expect(page.getByTestId('tab-library')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('searchbox').first()).toBeVisible()

  // The zoom box is reachable and takes a typed percentage.
  await page.getByTestId('zoom-value').focus()
  await page.keyboard.type('90')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('zoom-value')).toHaveValue('90 %')
  await page.keyboard.press('Control+F1')
  await expect(page.getByRole('complementary')).toBeHidden()
})
