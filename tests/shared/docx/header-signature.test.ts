import { describe, expect, it } from 'vitest'
import { fixturePlan } from './fixture'
import { exportParts, paragraphsXml, paragraphWith, tablesXml, xmlText } from './unzip'

const NBSP = '\u00a0'
const gridCols = (tbl: string): number[] =>
  [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(m => Number(m[1]))
const cellWidths = (tr: string): number[] =>
  [...tr.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map(m => Number(m[1]))

describe('page-1 header table', () => {
  it('is a borderless fixed 2×2 table of ~67.5 | 100 mm', async () => {
    const { document } = await exportParts(fixturePlan())
    const header = tablesXml(document)[0] ?? ''
    expect(gridCols(header)).toEqual([3827, 5669])
    expect(header).toContain('<w:tblLayout w:type="fixed"/>')
    expect(header).toMatch(/<w:tblBorders><w:top w:val="none"/)
    const rows = header.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(cellWidths(row)).toEqual([3827, 5669])
    }
  })

  it('styles agency, Quốc hiệu, tiêu ngữ, số and date as the decree says', async () => {
    const { document } = await exportParts(fixturePlan())
    const agency = paragraphWith(document, 'HUYỆN VỊ XUYÊN')
    expect(agency).toMatch(/<w:b\/>/)
    expect(agency).toContain('<w:sz w:val="26"/>')
    const qh = paragraphWith(document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(qh).toMatch(/<w:b\/>/)
    expect(qh).toContain('<w:sz w:val="26"/>')
    const motto = paragraphWith(document, 'Độc lập - Tự do - Hạnh phúc')
    expect(motto).toMatch(/<w:b\/>/)
    expect(motto).not.toMatch(/<w:i\/>/)
    expect(motto).toContain('<w:sz w:val="28"/>')
    const number = paragraphWith(document, 'Số: 154/KH-UBND')
    expect(number).toContain('<w:sz w:val="26"/>')
    expect(number).not.toMatch(/<w:[bi]\/>/)
    const date = paragraphWith(document, 'Vị Xuyên, ngày 31 tháng 5 năm 2021')
    expect(date).toMatch(/<w:i\/>/)
    expect(date).toContain('<w:sz w:val="28"/>')
  })

  it('draws real rules under the agency name and the tiêu ngữ, no underscores', async () => {
    const { document } = await exportParts(fixturePlan())
    const all = paragraphsXml(document)
    const after = (needle: string) => all[all.indexOf(paragraphWith(document, needle)) + 1] ?? ''
    for (const needle of ['HUYỆN VỊ XUYÊN', 'Độc lập - Tự do - Hạnh phúc']) {
      const rule = after(needle)
      expect(rule).toMatch(/<w:pBdr><w:bottom w:val="single"/)
      expect(xmlText(rule)).toBe('')
    }
    const mottoRule = after('Độc lập - Tự do - Hạnh phúc')
    const left = Number(mottoRule.match(/w:left="(\d+)"/)?.[1])
    // 170.8 pt of bold 14 pt text = 3415 twips; the rule spans the cell minus both indents.
    expect(5669 - 2 * left).toBeGreaterThan(3300)
    expect(5669 - 2 * left).toBeLessThan(3500)
  })

  it.each([
    [{ day: 5, month: 1, year: 2024 }, 'ngày 05 tháng 01 năm 2024'],
    [{ day: 9, month: 2, year: 2024 }, 'ngày 09 tháng 02 năm 2024'],
    [{ day: 10, month: 3, year: 2024 }, 'ngày 10 tháng 3 năm 2024'],
    [{ day: 31, month: 12, year: 2024 }, 'ngày 31 tháng 12 năm 2024'],
  ])('zero-pads days 1–9 and months 1–2 only: %o', async (date, text) => {
    const plan = fixturePlan()
    const { document } = await exportParts({ ...plan, header: { ...plan.header, date } })
    expect(xmlText(paragraphWith(document, 'Vị Xuyên, ngày'))).toBe(`Vị Xuyên, ${text}`)
  })

  it('keeps blank number and day as wide non-breaking white space', async () => {
    const plan = fixturePlan()
    const header = { ...plan.header, number: '', date: { month: 6, year: 2020 } }
    const { document } = await exportParts({ ...plan, header })
    expect(xmlText(paragraphWith(document, '/KH-UBND'))).toMatch(
      new RegExp(`^Số: ${NBSP}{5,}/KH-UBND$`)
    )
    expect(xmlText(paragraphWith(document, 'tháng 6 năm 2020'))).toMatch(
      new RegExp(`^Vị Xuyên, ngày ${NBSP}{5,} tháng 6 năm 2020$`)
    )
    expect(document).toContain('xml:space="preserve"')
    const reference = xmlText(paragraphWith(document, 'Kèm theo Kế hoạch'))
    expect(reference).toMatch(
      new RegExp(`số ${NBSP}{5,}/KH-UBND ngày ${NBSP}{5,} tháng 6 năm 2020`)
    )
  })
})

describe('Nơi nhận and signature', () => {
  it('is one unsplittable borderless row of ~52.8 | 110.9 mm', async () => {
    const { document } = await exportParts(fixturePlan())
    const tables = tablesXml(document)
    const sig = tables.find(t => t.includes('Nơi nhận:')) ?? ''
    expect(gridCols(sig)).toEqual([2993, 6287])
    expect(sig.match(/<w:tr>/g)).toHaveLength(1)
    expect(sig).toContain('<w:cantSplit/>')
    expect(sig).toContain('<w:tblLayout w:type="fixed"/>')
  })

  it('prints recipients 11 pt with ; and the Lưu line with ., label 12 pt bold italic', async () => {
    const { document } = await exportParts(fixturePlan())
    const label = paragraphWith(document, 'Nơi nhận:')
    expect(label).toMatch(/<w:b\/>/)
    expect(label).toMatch(/<w:i\/>/)
    expect(label).toContain('<w:sz w:val="24"/>')
    const texts = paragraphsXml(document).map(xmlText)
    expect(texts).toContain('- UBND tỉnh Hà Giang;')
    expect(texts).toContain('- Sở Nội vụ;')
    expect(texts).toContain('- Lưu: VT, NV.')
    expect(paragraphWith(document, '- Sở Nội vụ;')).toContain('<w:sz w:val="22"/>')
  })

  it('prints authority lines caps bold 14 pt with prefixes, blank room, then the signer', async () => {
    const { document } = await exportParts(fixturePlan())
    const texts = paragraphsXml(document).map(xmlText)
    const i = texts.indexOf('TM. ỦY BAN NHÂN DÂN')
    expect(texts.slice(i, i + 8)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      '',
      '',
      '',
      '',
      'Nguyễn Văn An',
    ])
    const signer = paragraphWith(document, 'Nguyễn Văn An')
    expect(signer).toMatch(/<w:b\/>/)
    expect(signer).toContain('<w:sz w:val="28"/>')
    expect(signer).toContain('<w:jc w:val="center"/>')
  })
})
