import { describe, expect, it } from 'vitest'
import { buildDocument } from '../../../../shared/docx'
import type { ParagraphHook } from '../../../../shared/docx'
import { buildTrackedDocument } from '../../../../shared/lineage/compare/tracked-document'
import type { Plan } from '../../../../shared/model'
import { samplePlan } from '../sample-plans'
import { ADDED_ROW_TASK, REMOVED_ROW_TASK, rowEditedSample } from './edited-sample'
import { META, plainText, revisions, unescape, xmlOf } from './tracked-xml'

async function trackedXml(): Promise<string> {
  const { older, newer } = rowEditedSample()
  return xmlOf(buildTrackedDocument(older, newer, META).document)
}

const rowsOf = (xml: string): string[] => xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []
const cellsOf = (tr: string): string[] => tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []
const rowWith = (xml: string, text: string) =>
  rowsOf(xml).find(r => unescape(r).includes(text)) ?? ''

describe('tracked appendix rows', () => {
  it('shows a changed cell as its removed and added words, by the agency', async () => {
    const xml = await trackedXml()
    const cell = cellsOf(rowWith(xml, '>Văn hóa thông tin</w:delText>')).find(c =>
      c.includes('<w:delText')
    )
    expect(cell).toBeDefined()
    const del = revisions(cell ?? '', 'w:del')
    const ins = revisions(cell ?? '', 'w:ins')
    expect(del.map(r => r.text)).toEqual(['Văn hóa thông tin'])
    expect(ins.map(r => r.text)).toEqual(['Tư pháp'])
    expect([...del, ...ins].every(r => r.author === META.author)).toBe(true)
    expect(plainText(cell ?? '')).toBe('Phòng ')
  })

  it('marks an added row inserted, its text inside w:ins', async () => {
    const xml = await trackedXml()
    const row = rowWith(xml, ADDED_ROW_TASK)
    expect(row).toMatch(/<w:trPr>[\s\S]*<w:ins [^>]*w:author="[^"]+"/)
    expect(revisions(row, 'w:ins').map(r => r.text)).toEqual(
      expect.arrayContaining([ADDED_ROW_TASK, 'Văn phòng HĐND và UBND', 'Quý III'])
    )
    expect(plainText(row)).toBe('')
  })

  it('keeps a removed row where it stood, its text inside w:del', async () => {
    const xml = await trackedXml()
    const row = rowWith(xml, REMOVED_ROW_TASK)
    expect(row).toMatch(/<w:trPr>[\s\S]*<w:del [^>]*w:author="[^"]+"/)
    expect(revisions(row, 'w:del').map(r => r.text)).toEqual(
      expect.arrayContaining([REMOVED_ROW_TASK, 'Chất lượng bầu cử', '23/5/2021'])
    )
    expect(row).not.toMatch(/<w:t[ >]/)
    const rows = rowsOf(xml).map(unescape)
    const at = rows.findIndex(r => r.includes(REMOVED_ROW_TASK))
    expect(rows[at - 1]).toContain('Cơ hội tham gia')
  })

  it('shows a removed group row as a deleted row across the table', async () => {
    const older = samplePlan('001')
    const appendix = older.appendices[0]!
    const newer: Plan = {
      ...older,
      appendices: [{ ...appendix, rows: appendix.rows.filter(r => r.id !== 's001-r1') }],
    }
    const xml = await xmlOf(buildTrackedDocument(older, newer, META).document)
    const row = rowWith(xml, 'Tham gia của người dân ở cấp cơ sở')
    expect(row).toMatch(/<w:trPr>[\s\S]*<w:del /)
    expect(cellsOf(row)).toHaveLength(1)
    expect(revisions(row, 'w:del').map(r => r.text)).toEqual(['Tham gia của người dân ở cấp cơ sở'])
  })
})

describe('the table and line hooks', () => {
  it('leave the tables, header and Nơi nhận as they are when they draw nothing', async () => {
    const plan = samplePlan('001')
    const idle: ParagraphHook = {
      content: () => undefined,
      label: () => undefined,
      mark: () => undefined,
      before: () => [],
      table: { row: () => undefined, before: () => [] },
      lines: { line: () => undefined, before: () => [] },
    }
    const hooked = await xmlOf(buildDocument(plan, undefined, { hook: idle }))
    expect(hooked).toBe(await xmlOf(buildDocument(plan)))
  })
})
