import { expect, test, type Page } from '@playwright/test'
import type { Plan } from '../../shared/model/types'
import { caretAtEndOf, newPlan, saveAndRead } from './helpers'

/**
 * Vietnamese typing as the clerks' input methods deliver it:
 * - Unikey/EVKey "backspace" mode: letters, then Backspace(s) and the replacement letter;
 * - Unikey/EVKey "select" mode: the old letter is selected and replaced;
 * - Windows' own Telex: IME composition events, then the committed text.
 */
type Method = 'backspace' | 'select' | 'composition'
const METHODS: readonly Method[] = ['backspace', 'select', 'composition']

/** Types "Việt" the way an input method would. */
async function typeViet(page: Page, method: Method): Promise<void> {
  if (method === 'composition') {
    const cdp = await page.context().newCDPSession(page)
    for (const partial of ['V', 'Vi', 'Vie', 'Viê', 'Việ', 'Việt']) {
      await cdp.send('Input.imeSetComposition', {
        text: partial,
        selectionStart: partial.length,
        selectionEnd: partial.length,
      })
    }
    await cdp.send('Input.insertText', { text: 'Việt' })
    await cdp.detach()
    return
  }
  await page.keyboard.type('Vie')
  if (method === 'backspace') {
    await page.keyboard.press('Backspace')
  } else {
    await page.keyboard.press('Shift+ArrowLeft')
  }
  await page.keyboard.insertText('ệ')
  await page.keyboard.type('t')
}

function blockTexts(plan: Plan): string[] {
  return plan.sections[0]!.children.map(b =>
    b.content.map(r => ('text' in r ? r.text : '')).join('')
  )
}

for (const method of METHODS) {
  test.describe(`Vietnamese input (${method})`, () => {
    test('at the start, middle and end of an item', async ({ page, request }) => {
      await newPlan(page)
      const body = page.getByTestId('body-editor')
      await caretAtEndOf(page, 'Mục đích')
      await page.keyboard.press('Home')
      await typeViet(page, method)
      await page.keyboard.type(' ')
      await expect(body.locator('[data-block-id]').nth(1)).toHaveText('Việt Mục đích')

      await caretAtEndOf(page, 'Yêu cầu')
      await page.keyboard.press('ArrowLeft')
      await page.keyboard.press('ArrowLeft')
      await page.keyboard.press('ArrowLeft')
      await typeViet(page, method)
      await expect(body.locator('[data-block-id]').nth(2)).toHaveText('Yêu Việtcầu')

      await caretAtEndOf(page, 'Yêu Việtcầu')
      await page.keyboard.type(' ')
      await typeViet(page, method)
      await expect(body.locator('[data-block-id]').nth(2)).toHaveText('Yêu Việtcầu Việt')

      const plan = await saveAndRead(page, request, `go-${method}.kehoach`)
      expect(blockTexts(plan)).toEqual(['Việt Mục đích', 'Yêu Việtcầu Việt'])
      expect(blockTexts(plan).every(t => t === t.normalize('NFC'))).toBe(true)
    })

    test('with bold on', async ({ page, request }) => {
      await newPlan(page)
      await caretAtEndOf(page, 'Yêu cầu')
      await page.keyboard.type(' ')
      await page.keyboard.press('Control+b')
      await typeViet(page, method)
      const plan = await saveAndRead(page, request, `dam-${method}.kehoach`)
      const runs = plan.sections[0]!.children[1]!.content
      expect(runs).toEqual([{ text: 'Yêu cầu ' }, { text: 'Việt', bold: true }])
    })

    test('in a header field and a table cell', async ({ page, request }) => {
      await newPlan(page)
      await page.getByTestId('field-place').click()
      await typeViet(page, method)
      await page.getByTestId('add-appendix').click()
      await page.getByTestId('table-add-row').click()
      await page.getByTestId('task-table').locator('tbody').getByRole('textbox').first().click()
      await typeViet(page, method)
      const plan = await saveAndRead(page, request, `o-${method}.kehoach`)
      expect(plan.header.place).toBe('Việt')
      const row = plan.appendices[0]!.rows[0]!
      expect(row.type === 'task' && row.fields.criterion).toBe('Việt')
    })
  })
}
