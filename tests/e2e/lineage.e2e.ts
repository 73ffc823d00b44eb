import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import {
  carryForward,
  derivePlan,
  type LevelWordRules,
  type LineageChange,
  type PhraseRule,
} from '../../shared/lineage'
import { groupChanges } from '../../shared/lineage/review/group-changes'
import type { AgencyProfile } from '../../shared/model/profile'
import type { Plan } from '../../shared/model/types'
import { caretLandedIn, clearAutosave, documentsDir, openSample, saveAndRead } from './helpers'

const root = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as unknown
const sample = (id: string) => (read(`resources/samples/${id}.kehoach`) as { plan: Plan }).plan

/** Each group's count as the panel must show it, from the same pure transform run here. */
async function expectGroupCounts(page: Page, changes: readonly LineageChange[]): Promise<void> {
  for (const group of groupChanges(changes)) {
    await expect(page.getByTestId(`lineage-count-${group.kind}`)).toHaveText(
      `(${group.changes.length})`
    )
  }
}

const change = (page: Page, id: string) => page.locator(`[data-change-id="${id}"]`)

test('Lập kế hoạch năm sau: sample 002 carried to 2025, reviewed, undone, saved with its source', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const expected = carryForward(sample('002'), { toYear: 2025 })
  const subjectYear = expected.changes.find(
    c => c.kind === 'year' && c.location.slot === 'subject'
  )!

  await openSample(page, '002')
  await page.getByTestId('cmd-carry-forward').click()
  await expect(page.getByTestId('lineage-source-open')).toBeChecked()
  await expect(page.getByTestId('lineage-year')).toHaveValue('2025')
  await page.getByTestId('lineage-go').click()

  const panel = page.getByTestId('lineage-panel')
  await expect(panel).toBeVisible()
  await expect(page.getByTestId('notice')).toContainText(
    'Đã lập kế hoạch năm 2025: 6 thay đổi, 4 chỗ cần xem lại'
  )
  await expect(page.getByTestId('doc-title')).toHaveText('Kế hoạch chưa lưu •')
  await expect(page.getByTestId('lineage-count-year')).toHaveText('(5)')
  await expect(page.getByTestId('lineage-group-year')).toContainText('Năm chuyển sang năm mới')
  await expect(page.getByTestId('lineage-group-number-date-cleared')).toContainText(
    'Số, ngày để trống'
  )
  await expectGroupCounts(page, expected.changes)
  await expect(panel.getByTestId('provenance-source')).toHaveText(
    'Kế hoạch số 354/KH-UBND ngày 30/5/2024 của Ủy ban nhân dân xã Liên Hội'
  )
  // Flags are places to check, with nothing to undo.
  const flag = page.getByTestId('lineage-group-year-review').getByTestId('lineage-change').first()
  await expect(flag).toHaveAttribute('data-state', 'flag')
  await expect(flag.getByTestId('lineage-undo')).toHaveCount(0)

  const subject = page.getByTestId('field-subject')
  await expect(subject).toHaveValue(/năm 2025, trên địa bàn xã Liên Hội/)
  await change(page, subjectYear.id).getByTestId('lineage-undo').click()
  await expect(subject).toHaveValue(/năm 2024, trên địa bàn xã Liên Hội/)
  await expect(change(page, subjectYear.id)).toHaveAttribute('data-state', 'undone')

  const body = page.getByTestId('body-editor')
  await expect(body).toContainText('chủ đề công tác năm 2025')
  await page.getByTestId('lineage-group-year').getByTestId('lineage-undo-kind').click()
  await expect(body).toContainText('chủ đề công tác năm 2024')
  await expect(body).not.toContainText('năm 2025')
  await expect(page.getByTestId('lineage-summary')).toContainText('(5 đã hoàn tác)')

  // Ctrl+Z undoes the kind, then the single change: the panel follows the page.
  await page.keyboard.press('Control+z')
  await expect(body).toContainText('chủ đề công tác năm 2025')
  await expect(subject).toHaveValue(/năm 2024, trên địa bàn/)
  await page.keyboard.press('Control+z')
  await expect(subject).toHaveValue(/năm 2025, trên địa bàn/)
  await expect(change(page, subjectYear.id)).toHaveAttribute('data-state', 'applied')
  await expect(page.getByTestId('lineage-summary')).toContainText('(0 đã hoàn tác)')

  await change(page, subjectYear.id).getByTestId('lineage-keep').click()
  await expect(change(page, subjectYear.id)).toContainText('✓ Đã giữ')

  const saved = await saveAndRead(page, request, 'ke-hoach-2025.kehoach')
  expect(saved.subject).toContain('năm 2025')
  expect(saved.header.number).toBeUndefined()
  expect(saved.header.date).toEqual({ year: 2025 })
  expect(saved.provenance).toEqual({
    kind: 'carry-forward',
    number: '354/KH-UBND',
    date: { day: 30, month: 5, year: 2024 },
    issuer: 'Ủy ban nhân dân xã Liên Hội',
    subject: sample('002').subject,
    createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown as string,
  })

  // Opened again, the plan still says where it came from, in the side pane.
  await page.getByTestId('cmd-close').click()
  await page.getByTestId('recent-files').getByRole('button').first().click()
  await expect(page.getByTestId('doc-title')).toHaveText('ke-hoach-2025.kehoach')
  await expect(page.getByTestId('tab-lineage')).toHaveCount(0)
  await expect(page.getByTestId('provenance')).toContainText(
    'Lập từ: Kế hoạch số 354/KH-UBND ngày 30/5/2024 của Ủy ban nhân dân xã Liên Hội'
  )
  await expect(page.getByTestId('provenance')).toContainText('Lập kế hoạch năm sau')
})

test('Triển khai kế hoạch cấp trên: a district plan from the province sample 004', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const profile: AgencyProfile = {
    agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN BẮC HÀ'],
    agencyAbbr: 'UBND',
    level: 'xa',
    place: 'Bắc Hà',
    signatureLines: [{ prefix: 'TM', text: 'ỦY BAN NHÂN DÂN' }, { text: 'CHỦ TỊCH' }],
    signer: 'Nguyễn Văn An',
    recipients: [],
    archive: 'VT, NV',
  }
  const set = await request.post('/api/profile:set', { data: [profile] })
  expect(((await set.json()) as { value: { ok: boolean } }).value.ok).toBe(true)
  const words = read('resources/lineage/level-words.json') as {
    levels: Record<string, LevelWordRules>
  }
  const agencies = read('resources/lineage/agencies.json') as {
    levels: Record<string, PhraseRule[]>
  }
  const expected = derivePlan(sample('004'), {
    level: 'huyen',
    profile,
    levelWords: words.levels.huyen!,
    agencies: agencies.levels.huyen!,
  })

  await openSample(page, '004')
  await page.getByTestId('cmd-derive').click()
  // The profile says xã; the clerk chooses huyện for this plan.
  await expect(page.getByTestId('lineage-level')).toHaveValue('xa')
  await page.getByTestId('lineage-level').selectOption('huyen')
  await page.getByTestId('lineage-go').click()

  await expect(page.getByTestId('lineage-panel')).toBeVisible()
  await expectGroupCounts(page, expected.changes)
  await expect(page.getByTestId('lineage-group-agency')).toContainText('Cơ quan được thay')
  await expect(page.getByTestId('lineage-group-upper-only')).toContainText(
    'Nhiệm vụ chỉ cấp trên làm'
  )
  const body = page.getByTestId('body-editor')
  await expect(body).toContainText(
    'Thực hiện Kế hoạch số 166/KH-UBND ngày 22/3/2023 của Ủy ban nhân dân tỉnh Lào Cai về'
  )
  await expect(body).toContainText('Phòng Nội vụ')
  await expect(body).not.toContainText('Sở Nội vụ')
  await expect(body).toContainText('Phòng Tài nguyên và Môi trường')
  await expect(body).not.toContainText('Sở Tài nguyên và Môi trường')
  await expect(page.getByTestId('header-agency')).toContainText('HUYỆN BẮC HÀ')

  // A click on a change puts the caret at its place in the page.
  const preamble = page.getByTestId('lineage-group-preamble-added').getByTestId('lineage-change')
  await preamble.getByRole('button', { name: 'Phần mở đầu' }).click()
  await caretLandedIn(page, '[data-block-id="lineage-preamble"]')

  // Folded long group: open it, undo one agency, and the source's name is back on the page.
  const agencyGroup = page.getByTestId('lineage-group-agency')
  await agencyGroup.getByRole('button', { name: /Cơ quan được thay/ }).click()
  const first = expected.changes.find(c => c.kind === 'agency' && c.after === 'Phòng Nội vụ')!
  await change(page, first.id).getByTestId('lineage-undo').click()
  await expect(body).toContainText('Sở Nội vụ')
  await expect(change(page, first.id)).toHaveAttribute('data-state', 'undone')

  const saved = await saveAndRead(page, request, 'trien-khai-huyen.kehoach')
  expect(saved.provenance).toMatchObject({
    kind: 'derive',
    level: 'huyen',
    number: '166/KH-UBND',
    date: { day: 22, month: 3, year: 2023 },
    issuer: 'Ủy ban nhân dân tỉnh Lào Cai',
  })
  expect(saved.header.agency).toEqual(profile.agency)
})

test('Lập kế hoạch năm sau from a Word file picked on the start screen', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  await clearAutosave(request)
  // A Word file made by the app's own export of sample 002.
  const word = path.join(await documentsDir(request), 'ke-hoach-word-002.docx')
  const exported = await request.post('/api/export:docx', { data: [word, sample('002'), true] })
  expect(((await exported.json()) as { value: { ok: boolean } }).value.ok).toBe(true)

  await page.goto('/')
  await page.getByTestId('start-carry-forward').click()
  await expect(page.getByTestId('lineage-source-open')).toBeDisabled()
  await page.getByTestId('lineage-source-word').check()
  await page.getByTestId('lineage-go').click()
  await page.getByTestId('file-list').getByText('ke-hoach-word-002.docx').click()

  await expect(page.getByTestId('lineage-panel')).toBeVisible()
  await expect(page.getByTestId('lineage-count-year')).toHaveText('(5)')
  await expect(page.getByTestId('field-subject')).toHaveValue(/năm 2025, trên địa bàn xã Liên Hội/)
  await expect(page.getByTestId('provenance')).toContainText('tệp ke-hoach-word-002.docx')
  await expect(page.getByTestId('provenance-source')).toHaveText(
    'Kế hoạch số 354/KH-UBND ngày 30/5/2024 của Ủy ban nhân dân xã Liên Hội'
  )
})
