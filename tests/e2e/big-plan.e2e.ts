import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { blockText } from '../../shared/library/fragment-text'
import { numberPlan, numberTableRows } from '../../shared/model/numbering'
import { PLAN_FILE_FORMAT, SCHEMA_VERSION, type Block, type Plan } from '../../shared/model/types'
import { replicatePlan } from '../bench/editor/big-plan'
import { caretLandedIn, clearAutosave, documentsDir, saveAndRead } from './helpers'

/**
 * A plan big enough that the body editor and the task table are drawn in several chunks, which
 * the browser skips while they are off screen (content-visibility). Editing inside a chunk, across
 * a chunk boundary and far down the plan must behave exactly as in a small plan.
 */
const FILE = 'kế hoạch lớn.kehoach'

function flatten(blocks: readonly Block[]): Block[] {
  return blocks.flatMap(b => [b, ...(b.type === 'item' ? flatten(b.children) : [])])
}

function bodyBlocks(plan: Plan): Block[] {
  return [
    ...flatten(plan.preamble),
    ...plan.sections.flatMap(s => flatten(s.children)),
    ...flatten(plan.closing),
  ]
}

/** Clicks into a body block, then puts the caret after its last character (End alone only
 * reaches the end of the clicked line of a long paragraph). */
async function caretAtEnd(block: Locator): Promise<void> {
  await block.click()
  await block.evaluate(element => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    let last: Text | undefined
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement?.closest('[contenteditable=false]')) {
        last = n as Text
      }
    }
    if (last) {
      getSelection()?.collapse(last, last.data.length)
    }
  })
  await block.page().keyboard.press('End')
}

/** Writes sample 004 three times over as a plan file and opens it from the start screen. */
async function openBigPlan(page: Page, request: APIRequestContext): Promise<Plan> {
  const sample = (
    JSON.parse(fs.readFileSync('resources/samples/004.kehoach', 'utf8')) as { plan: Plan }
  ).plan
  const big = replicatePlan(sample, 3)
  fs.writeFileSync(
    path.join(await documentsDir(request), FILE),
    JSON.stringify({ format: PLAN_FILE_FORMAT, schemaVersion: SCHEMA_VERSION, plan: big })
  )
  await clearAutosave(request)
  await page.goto('/')
  await page.getByTestId('start-open').click()
  await page.getByTestId('file-list').getByRole('button', { name: FILE }).click()
  return big
}

/** [id, shown label] of every element carrying a label, in document order. */
async function shownLabels(root: Locator, selector: string): Promise<[string, string][]> {
  return root
    .locator(selector)
    .evaluateAll(nodes =>
      nodes.map(n => [
        n.getAttribute('data-block-id') ?? n.getAttribute('data-row-id') ?? '',
        n.getAttribute('data-label') ?? n.querySelector('td')?.textContent ?? '',
      ])
    )
}

test('a big plan edits, numbers and saves alike in every chunk, on screen or not', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const big = await openBigPlan(page, request)

  const body = page.getByTestId('body-editor')
  const table = page.getByTestId('task-table').first()
  await expect(body.locator('[data-block-id]').first()).toBeVisible()
  // The test is only meaningful with several chunks on both sides.
  expect(await body.locator('.ed-chunk').count()).toBeGreaterThan(1)
  expect(await table.locator('.ed-table-chunk').count()).toBeGreaterThan(1)
  await expect(table.locator('thead')).toHaveCount(1)

  // Enter at the end of the first chunk's last block: the new item follows it, later ones renumber.
  const lastOfFirst = body.locator('.ed-chunk').first().locator('[data-depth]').last()
  const anchorId = (await lastOfFirst.getAttribute('data-block-id'))!
  await caretAtEnd(lastOfFirst)
  await page.keyboard.press('Enter')
  await page.keyboard.type('Mục mới giữa hai khối')

  // Far down the body, in a chunk that was skipped until the caret got there.
  const lastItem = body.locator('[data-depth]').last()
  const lastId = (await lastItem.getAttribute('data-block-id'))!
  await caretAtEnd(lastItem)
  await page.keyboard.type(' — đoạn cuối kế hoạch')

  // Type in a cell of the table's second chunk, then move that chunk's first row up into the first.
  const rows = table.locator('tbody tr[data-row-id]')
  const typedRow = rows.nth(60)
  const typedRowId = (await typedRow.getAttribute('data-row-id'))!
  const cell = typedRow.getByRole('textbox').first()
  await cell.click()
  await page.keyboard.press('End')
  await page.keyboard.type(' (bổ sung)')
  const movedId = (await rows.nth(40).getAttribute('data-row-id'))!
  // The row's tools show on hover; a layout shift under load can take the hover away between the
  // two steps, so hover and click are retried together (the click still has to land).
  await expect(async () => {
    await rows.nth(40).hover()
    await rows.nth(40).getByTitle('Lên').click({ timeout: 2_000 })
  }).toPass({ timeout: 15_000 })
  await expect(rows.nth(39)).toHaveAttribute('data-row-id', movedId)

  // Find reaches text in an off-screen chunk and shows it.
  await page.getByTestId('page').first().locator('[data-block-id]').first().click()
  await page.keyboard.press('Control+f')
  await page.getByTestId('find-query').fill('doan cuoi ke hoach')
  await expect(page.getByTestId('find-count')).toHaveText('1/1')
  await expect(page.locator('mark.ed-found--current')).toBeInViewport()
  await page.keyboard.press('Escape')

  const saved = await saveAndRead(page, request, 'kế hoạch lớn đã sửa.kehoach')
  const blocks = bodyBlocks(saved)
  const at = blocks.findIndex(b => b.id === anchorId)
  expect(blockText(blocks[at + 1]!)).toBe('Mục mới giữa hai khối')
  expect(blockText(blocks.find(b => b.id === lastId)!)).toMatch(/ — đoạn cuối kế hoạch$/)
  expect(blocks).toHaveLength(bodyBlocks(big).length + 1)

  // Every number shown, in every chunk, is the number the saved plan gets.
  const labels = numberPlan(saved).labels
  const shown = await shownLabels(body, '[data-block-id][data-label]')
  expect(shown.length).toBeGreaterThan(blocks.length / 2)
  for (const [id, label] of shown) {
    expect.soft(label, `block ${id}`).toBe(labels.get(id) ?? '')
  }
  const appendix = saved.appendices[0]!
  const savedRows = appendix.rows
  expect(savedRows[39]!.id).toBe(movedId)
  expect(savedRows).toHaveLength(big.appendices[0]!.rows.length)
  const typed = savedRows.find(r => r.id === typedRowId)!
  expect(JSON.stringify(typed)).toContain(' (bổ sung)')
  const indices = numberTableRows(appendix)
  const shownRows = await shownLabels(table, 'tbody tr[data-row-id]')
  expect(shownRows.map(([id]) => id)).toEqual(savedRows.map(r => r.id))
  if (appendix.columns[0]?.kind === 'index') {
    for (const [id, index] of shownRows) {
      expect.soft(index, `row ${id}`).toBe(indices.get(id) ?? '')
    }
  }
})

test('in a big plan the caret reaches off-screen chunks: Ctrl+End, Ctrl+Home, ArrowDown after scrolling away', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  await openBigPlan(page, request)
  const body = page.getByTestId('body-editor')
  const chunks = body.locator('.ed-chunk')
  await expect(body.locator('[data-block-id]').first()).toBeVisible()
  expect(await chunks.count()).toBeGreaterThan(2)

  await body.locator('[data-block-id]').first().click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('Z1')
  await expect(chunks.last().locator('[data-block-id]').last()).toHaveText(/Z1$/)
  await expect(chunks.last().locator('[data-block-id]').last()).toBeInViewport()

  await page.keyboard.press('Control+Home')
  await page.keyboard.type('Z0')
  await expect(body.locator('[data-block-id]').first()).toHaveText(/^Z0/)

  // The caret at the end of the first chunk; the clerk scrolls to the end, then presses ↓.
  await caretAtEnd(chunks.first().locator('[data-block-id]').last())
  await page.locator('.page-scroll').evaluate(el => el.scrollTo(0, el.scrollHeight))
  await page.waitForTimeout(300)
  await page.keyboard.press('ArrowDown')
  const next = await chunks.nth(1).locator('[data-block-id]').first().getAttribute('data-block-id')
  await caretLandedIn(page, `[data-block-id="${next}"]`)
  await page.keyboard.type('Z2')
  await expect(chunks.nth(1).locator('[data-block-id]').first()).toContainText('Z2')

  // Copied as plain text, the body has one line per block: no blank lines where chunks meet.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Control+c')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  const lines = copied.split(/\r?\n/)
  expect(lines.length).toBeGreaterThan(200)
  expect(lines.filter(line => line.trim() === '')).toEqual([])
})
