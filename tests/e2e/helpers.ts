import fs from 'node:fs'
import path from 'node:path'
import { expect, type APIRequestContext, type Page } from '@playwright/test'
import type { Block, Plan, Run } from '../../shared/model/types'

/** The harness's documents folder (where the in-page file dialog saves). */
export async function documentsDir(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/app:info', { data: [] })
  return ((await response.json()) as { value: { documentsDir: string } }).value.documentsDir
}

/** Saves the open plan under `name` through the UI (Lưu thành…, in-page dialog) and reads the file back. */
export async function saveAndRead(
  page: Page,
  request: APIRequestContext,
  name: string
): Promise<Plan> {
  await page.getByTestId('cmd-save-as').click()
  await page.getByTestId('file-name').fill(name)
  await page.getByTestId('file-ok').click()
  await expect(page.getByTestId('notice')).toContainText('Đã lưu')
  const file = path.join(await documentsDir(request), name)
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { plan: Plan }).plan
}

/** Forgets autosaved work left by earlier tests, so no recovery dialog covers the start screen. */
export async function clearAutosave(request: APIRequestContext): Promise<void> {
  const list = (await (await request.post('/api/autosave:list', { data: [] })).json()) as {
    value: { id: string }[]
  }
  for (const entry of list.value) {
    await request.post('/api/autosave:discard', { data: [entry.id] })
  }
}

/** Starts a new plan from the start screen. */
export async function newPlan(page: Page): Promise<void> {
  await clearAutosave(page.request)
  await page.goto('/')
  await page.getByTestId('start-new').click()
  await expect(page.getByTestId('body-editor')).toBeVisible()
}

/** Puts the caret at the end of the body block whose text is `text`. */
export async function caretAtEndOf(page: Page, text: string): Promise<void> {
  const exact = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
  const block = page
    .getByTestId('body-editor')
    .locator('[data-block-id]')
    .filter({ hasText: exact })
    .first()
  await block.click()
  await page.keyboard.press('End')
}

/** Opens a bundled sample from the start screen and puts the caret in its body. */
export async function openSample(page: Page, id: string): Promise<void> {
  await clearAutosave(page.request)
  await page.goto('/')
  await page.getByTestId(`sample-${id}`).click()
  await page.getByTestId('body-editor').locator('[data-block-id]').first().click()
}

/**
 * Waits until the caret is in a body block matching `selector` and the page has rendered the
 * move (two frames), as a clerk sees the caret land before typing. Keys sent within the same
 * few milliseconds as a native caret move can overtake slate-react's deferred re-render on a
 * loaded machine (its selection is then stale); no person types that fast.
 */
export async function caretLandedIn(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(sel => {
    const node = getSelection()?.anchorNode
    const element = node instanceof Element ? node : node?.parentElement
    return element?.closest('[data-block-id]')?.matches(sel) === true
  }, selector)
  await page.evaluate(
    () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  )
}

/**
 * The blocks as "style: text" lines, sub-items indented by two spaces; with `marks`, bold runs
 * as **…** and italic ones as _…_.
 */
export function outline(blocks: readonly Block[], marks = false, depth = 0): string[] {
  const text = (content: readonly Run[]) =>
    content
      .map(r =>
        'text' in r
          ? marks && r.bold
            ? `**${r.text}**`
            : marks && r.italic
              ? `_${r.text}_`
              : r.text
          : ''
      )
      .join('')
  return blocks.flatMap(b => [
    `${'  '.repeat(depth)}${b.type === 'item' ? b.style : 'paragraph'}: ${text(b.content)}`,
    ...(b.type === 'item' ? outline(b.children, marks, depth + 1) : []),
  ])
}

/** A new plan with one appendix whose task table has one empty row, the caret in its first cell. */
export async function newPlanWithTable(page: Page): Promise<void> {
  await newPlan(page)
  await page.getByTestId('add-appendix').click()
  await page.getByTestId('table-add-row').click()
}
