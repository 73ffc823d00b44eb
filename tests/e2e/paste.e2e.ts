import { expect, test, type Page } from '@playwright/test'
import { caretAtEndOf, newPlan, newPlanWithTable, outline, saveAndRead } from './helpers'

/**
 * Puts the flavours on the system clipboard (as Word or a browser would) and presses Ctrl+V, so
 * the browser's own paste path runs (beforeinput insertFromPaste in the body, paste in a field).
 */
async function paste(page: Page, flavours: Record<string, string>): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.evaluate(async data => {
    const item = new ClipboardItem(
      Object.fromEntries(
        Object.entries(data).map(([type, value]) => [type, new Blob([value], { type })])
      )
    )
    await navigator.clipboard.write([item])
  }, flavours)
  await page.keyboard.press('Control+V')
}

const WORD_HTML =
  `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>` +
  `<body><!--StartFragment--><p class=MsoNormal><b>2. Yêu cầu cụ thể</b><o:p></o:p></p>` +
  `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>a)<span>&nbsp;&nbsp; </span></span><![endif]>Bảo đảm <i>đúng tiến độ</i>;</p>` +
  `<p class=MsoListParagraph><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span>&nbsp; </span></span><![endif]>Có <b>sản phẩm</b> cụ thể.</p>` +
  `<!--EndFragment--></body></html>`

test('paste from Word keeps paragraphs, bold and italic; its numbers and bullets become structure', async ({
  page,
  request,
}) => {
  await newPlan(page)
  await caretAtEndOf(page, 'Mục đích')
  await paste(page, {
    'text/html': WORD_HTML,
    'text/plain': '2. Yêu cầu cụ thể\r\na)   Bảo đảm đúng tiến độ;\r\n·  Có sản phẩm cụ thể.\r\n',
  })
  // A line from a web page, pasted inside a paragraph: it goes in at the caret, bold kept.
  await page.keyboard.type(' Cuối')
  await paste(page, {
    'text/html': '<meta charset="utf-8"><span>và </span><strong>quyết liệt</strong>',
    'text/plain': 'và quyết liệt',
  })
  const plan = await saveAndRead(page, request, 'dan-tu-word.kehoach')
  expect(outline(plan.sections[0]!.children, true)).toEqual([
    'decimal: Mục đích',
    'decimal: **Yêu cầu cụ thể**',
    '  letter: Bảo đảm _đúng tiến độ_;',
    '    dash: Có **sản phẩm** cụ thể. Cuốivà **quyết liệt**',
    'decimal: Yêu cầu',
  ])
  await expect(page.getByTestId('body-editor').locator('strong, b').first()).toBeVisible()
})

test('rows pasted from Excel into a task-table cell become task rows', async ({
  page,
  request,
}) => {
  await newPlanWithTable(page)
  await page.getByTestId('task-table').locator('tbody').getByRole('textbox').first().click()
  await paste(page, {
    'text/plain':
      'Rà soát thủ tục\tVăn phòng\tQuý I\r\nCông khai kết quả\tPhòng Tư pháp\tQuý II\r\n',
    'text/html': '<table><tr><td>Rà soát thủ tục</td><td>Văn phòng</td><td>Quý I</td></tr></table>',
  })
  await expect(page.getByTestId('task-table').locator('tbody tr')).toHaveCount(3)
  const plan = await saveAndRead(page, request, 'dan-tu-excel.kehoach')
  const rows = plan.appendices[0]!.rows.filter(r => r.type === 'task')
  expect(rows.slice(1).map(r => (r.type === 'task' ? Object.values(r.fields) : []))).toEqual([
    ['Rà soát thủ tục', 'Văn phòng', 'Quý I'],
    ['Công khai kết quả', 'Phòng Tư pháp', 'Quý II'],
  ])
})

test('a single line pasted inside a paragraph keeps the spaces around it', async ({
  page,
  request,
}) => {
  await newPlan(page)
  await caretAtEndOf(page, 'Mục đích')
  await paste(page, { 'text/plain': ' và quyết liệt ' })
  await page.keyboard.type('hơn')
  const plan = await saveAndRead(page, request, 'dan-mot-dong.kehoach')
  expect(outline(plan.sections[0]!.children, true)[0]).toBe('decimal: Mục đích và quyết liệt hơn')
})
