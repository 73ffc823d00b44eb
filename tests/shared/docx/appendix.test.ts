import { describe, expect, it } from 'vitest'
import { createAppendix } from '../../../shared/model/table-presets'
import type { Appendix } from '../../../shared/model/types'
import { fixtureAppendix, fixturePlan } from './fixture'
import { exportParts, paragraphsXml, paragraphWith, tablesXml, xmlText } from './unzip'

const LANDSCAPE_TEXT_TWIPS = 14287 // (297 − 30 − 15) mm
const rowsOf = (tbl: string): string[] => tbl.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []
const cellsOf = (tr: string): string[] => tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []
const widths = (xml: string, re: RegExp): number[] => [...xml.matchAll(re)].map(m => Number(m[1]))

async function taskTable(appendix: Appendix): Promise<{ document: string; table: string }> {
  const { document } = await exportParts({ ...fixturePlan(), appendices: [appendix] })
  return { document, table: tablesXml(document).find(t => t.includes('<w:tblHeader/>')) ?? '' }
}

describe('appendix heading block', () => {
  it('prints Phụ lục, the caps title, the italic Kèm theo line from the header, then a rule', async () => {
    const { document } = await taskTable(fixtureAppendix('Nhiệm vụ trọng tâm năm 2021'))
    const texts = paragraphsXml(document).map(xmlText)
    const i = texts.indexOf('Phụ lục')
    expect(i).toBeGreaterThan(0)
    expect(texts[i + 1]).toBe('NHIỆM VỤ TRỌNG TÂM NĂM 2021')
    expect(texts[i + 2]).toBe(
      '(Kèm theo Kế hoạch số 154/KH-UBND ngày 31 tháng 5 năm 2021 của Ủy ban nhân dân huyện Vị Xuyên)'
    )
    const heading = paragraphsXml(document)[i] ?? ''
    expect(heading).toMatch(/<w:b\/>/)
    expect(heading).toContain('<w:jc w:val="center"/>')
    expect(paragraphWith(document, '(Kèm theo')).toMatch(/<w:i\/>/)
    const rule =
      paragraphsXml(document)[
        paragraphsXml(document).indexOf(paragraphWith(document, '(Kèm theo')) + 1
      ]
    expect(rule).toMatch(/<w:pBdr><w:bottom w:val="single"/)
  })
})

describe('appendix task table', () => {
  it('has explicit widths summing to the landscape text width, on the grid and on every cell', async () => {
    const { table } = await taskTable(fixtureAppendix())
    const grid = widths(table, /<w:gridCol w:w="(\d+)"\/>/g)
    expect(grid).toHaveLength(7)
    expect(grid.reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT_TWIPS)
    expect(table).toContain('<w:tblLayout w:type="fixed"/>')
    for (const row of rowsOf(table)) {
      for (const cell of cellsOf(row)) {
        expect(cell).toMatch(/<w:tcW w:type="dxa" w:w="\d+"\/>/)
      }
      expect(row).toContain('<w:cantSplit/>')
    }
    const header = rowsOf(table)[0] ?? ''
    expect(header).toContain('<w:tblHeader/>')
    expect(widths(header, /<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)).toEqual(grid)
  })

  it('spans group rows over the width in bold, with the group index in the index column', async () => {
    const { table } = await taskTable(fixtureAppendix())
    const group = rowsOf(table)[1] ?? ''
    const cells = cellsOf(group)
    expect(cells).toHaveLength(2)
    expect(xmlText(cells[0] ?? '')).toBe('1')
    expect(cells[1]).toContain('<w:gridSpan w:val="6"/>')
    expect(xmlText(cells[1] ?? '')).toBe('Tham gia của người dân ở cấp cơ sở')
    expect(cells[1]).toMatch(/<w:b\/>/)
  })

  it('merges the criterion and index cells over sameCriterion rows', async () => {
    const { table } = await taskTable(fixtureAppendix())
    const [, , first, second] = rowsOf(table)
    const a = cellsOf(first ?? '')
    const b = cellsOf(second ?? '')
    expect(xmlText(a[0] ?? '')).toBe('1.1')
    expect(a[0]).toContain('<w:vMerge w:val="restart"/>')
    expect(a[1]).toContain('<w:vMerge w:val="restart"/>')
    expect(b[0]).toMatch(/<w:vMerge(?: w:val="continue")?\/>/)
    expect(b[1]).toMatch(/<w:vMerge(?: w:val="continue")?\/>/)
    expect(b[2]).not.toContain('vMerge')
  })

  it('splits cell text on \\n into paragraphs at 13 pt', async () => {
    const { table } = await taskTable(fixtureAppendix())
    const task = cellsOf(rowsOf(table)[2] ?? '')[2] ?? ''
    const paras = paragraphsXml(task).map(xmlText)
    expect(paras).toEqual([
      'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở',
      'Tổ chức hội nghị tại thôn',
    ])
    expect(task).toContain('<w:sz w:val="26"/>')
  })

  it('prefixes criterion letters and numbers group rows inline for the 5-column preset', async () => {
    const base = createAppendix('papi-002', 'Nhiệm vụ')
    const appendix: Appendix = {
      ...base,
      rows: [
        { type: 'group', id: 'g', label: 'Tham gia của người dân' },
        {
          type: 'task',
          id: 't1',
          fields: { criterion: 'Tri thức công dân', task: 'Tuyên truyền' },
        },
        { type: 'task', id: 't2', fields: { criterion: 'Cơ hội tham gia', task: 'Hội nghị' } },
      ],
    }
    const { table } = await taskTable(appendix)
    const rows = rowsOf(table)
    expect(cellsOf(rows[1] ?? '')).toHaveLength(1)
    expect(xmlText(rows[1] ?? '')).toBe('1. Tham gia của người dân')
    expect(xmlText(cellsOf(rows[2] ?? '')[0] ?? '')).toBe('a) Tri thức công dân')
    expect(xmlText(cellsOf(rows[3] ?? '')[0] ?? '')).toBe('b) Cơ hội tham gia')
  })

  it('says Phụ lục I, II when there are two and keeps a portrait appendix portrait', async () => {
    const plan = fixturePlan()
    const portrait = { ...fixtureAppendix('B'), landscape: false }
    const { document } = await exportParts({
      ...plan,
      appendices: [fixtureAppendix('A'), portrait],
    })
    const texts = paragraphsXml(document).map(xmlText)
    expect(texts).toContain('Phụ lục I')
    expect(texts).toContain('Phụ lục II')
    expect(texts).not.toContain('PHỤ LỤC')
    const sect = document.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)?.[2] ?? ''
    expect(sect).toContain('w:orient="portrait"')
    const grid = widths(
      tablesXml(document).filter(t => t.includes('<w:tblHeader/>'))[1] ?? '',
      /<w:gridCol w:w="(\d+)"\/>/g
    )
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9354) // 165 mm
  })
})
