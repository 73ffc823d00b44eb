import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import type { Block, Plan } from '../../shared/model/types'
import { runsText } from '../../shared/text/runs'
import { caretAtEndOf, newPlan, saveAndRead } from './helpers'

const sample = (
  JSON.parse(
    fs.readFileSync(
      path.resolve(import.meta.dirname, '../../resources/samples/002.kehoach'),
      'utf8'
    )
  ) as { plan: Plan }
).plan

/** Structure and text of an outline, ids and inline formatting left out. */
function shape(blocks: readonly Block[]): unknown[] {
  return blocks.map(b =>
    b.type === 'item'
      ? {
          style: b.style,
          heading: b.heading === true,
          text: runsText(b.content),
          children: shape(b.children),
        }
      : { paragraph: runsText(b.content) }
  )
}

test('a clerk types the start of seed 002 and the saved plan matches the model', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  await newPlan(page)
  const { header } = sample
  await page.getByTestId('field-agency').fill(header.agency.join('\n'))
  await page.getByTestId('field-number').fill(header.number ?? '')
  await page.getByTestId('field-place').fill(header.place)
  await page.getByTestId('field-day').fill(String(header.date.day))
  await page.getByTestId('field-month').fill(String(header.date.month))
  await page.getByTestId('field-year').fill(String(header.date.year))
  await page.getByTestId('field-subject').click()
  await page.keyboard.type(sample.subject)

  // The preamble goes above section I: Enter at the start of the heading opens a paragraph there.
  await page.getByTestId('section-heading').first().click()
  await page.keyboard.press('Home')
  await page.keyboard.press('Enter')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.type(runsText(sample.preamble[0]!.content))

  const purpose = sample.sections[0]!.children
  for (const heading of purpose) {
    if (heading.type !== 'item') {
      continue
    }
    await caretAtEndOf(page, runsText(heading.content))
    for (const [i, point] of heading.children.entries()) {
      await page.keyboard.press('Enter')
      // The first point is typed with its dash, as clerks do; the next ones continue the list.
      await page.keyboard.type(i === 0 ? `- ${runsText(point.content)}` : runsText(point.content))
    }
  }

  const plan = await saveAndRead(page, request, 'ke-hoach-002.kehoach')
  // Level and issuer name come from the agency profile, not from typing; the rest must match.
  const { level: _level, issuerName: _issuer, ...typed } = header
  expect(plan.header).toEqual(typed)
  expect(plan.subject).toBe(sample.subject)
  expect(shape(plan.preamble)).toEqual(shape(sample.preamble))
  expect(shape(plan.sections[0]!.children)).toEqual(shape(purpose))
})
