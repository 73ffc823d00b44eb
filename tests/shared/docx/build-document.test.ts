import { describe, expect, it } from 'vitest'
import { DEFAULT_LAYOUT } from '../../../shared/docx/layout-settings'
import { exportParts, paragraphsXml, paragraphWith, sectionsXml, xmlText } from './unzip'
import { fixtureAppendix, fixturePlan } from './fixture'

const FONTS =
  /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/

const attrs = (xml: string, tag: string): Record<string, string> => {
  const m = xml.match(new RegExp(`<w:${tag} ([^>]*?)/?>`))
  return Object.fromEntries(
    [...(m?.[1] ?? '').matchAll(/w:(\w+)="([^"]*)"/g)].map(a => [a[1] ?? '', a[2] ?? ''])
  )
}

describe('buildDocument: page and sections (NĐ 30, Phụ lục I)', () => {
  it('prints the body on A4 portrait with margins 20/20/30/15 mm and no number on page 1', async () => {
    const { document } = await exportParts(fixturePlan())
    const [main] = sectionsXml(document)
    expect(attrs(main ?? '', 'pgSz')).toMatchObject({ w: '11906', h: '16838', orient: 'portrait' })
    expect(attrs(main ?? '', 'pgMar')).toMatchObject({
      top: '1134',
      bottom: '1134',
      left: '1701',
      right: '850',
    })
    expect(main).toContain('<w:titlePg/>')
    expect(main).not.toMatch(/<w:pgNumType w:start/)
  })

  it('puts each appendix in a landscape section whose numbers restart at 1', async () => {
    const plan = fixturePlan()
    const { document } = await exportParts({
      ...plan,
      appendices: [fixtureAppendix('A'), fixtureAppendix('B')],
    })
    const sections = sectionsXml(document)
    expect(sections).toHaveLength(3)
    for (const sec of sections.slice(1)) {
      expect(attrs(sec, 'pgSz')).toMatchObject({ w: '16838', h: '11906', orient: 'landscape' })
      expect(sec).toContain('<w:pgNumType w:start="1"/>')
      expect(sec).toContain('<w:titlePg/>')
    }
    expect(paragraphWith(document, 'Phụ lục I')).toMatch(/<w:b\/>/)
    expect(xmlText(paragraphWith(document, 'Phụ lục II'))).toBe('Phụ lục II')
  })

  it('headers carry a centred 14 pt PAGE field; the first-page header has none', async () => {
    const { headers } = await exportParts(fixturePlan())
    const withPage = headers.filter(h => /PAGE/.test(h))
    expect(withPage.length).toBe(2)
    expect(headers.length).toBe(4)
    for (const h of withPage) {
      expect(h).toContain('<w:jc w:val="center"/>')
      expect(h).toContain('<w:sz w:val="28"/>')
      expect(h).toMatch(FONTS)
    }
  })
})

describe('buildDocument: fonts and body paragraphs', () => {
  it('sets Times New Roman in all four slots in the defaults and on every run', async () => {
    const { document, styles, footnotes } = await exportParts(fixturePlan())
    expect(styles).toMatch(FONTS)
    for (const xml of [document, footnotes]) {
      const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []
      const textRuns = runs.filter(r => /<w:t[ >]/.test(r))
      expect(textRuns.length).toBeGreaterThan(0)
      for (const r of textRuns) {
        expect(r).toMatch(FONTS)
      }
    }
  })

  it('justifies body text at 14 pt, first line 1.27 cm, 6 pt before, single spacing', async () => {
    const { document } = await exportParts(fixturePlan())
    const p = paragraphWith(document, 'Nội dung triển khai số 3')
    expect(p).toContain('<w:jc w:val="both"/>')
    expect(p).toContain('<w:ind w:firstLine="720"/>')
    expect(attrs(p, 'spacing')).toMatchObject({ before: '120', line: '240' })
    expect(p).toContain('<w:sz w:val="28"/>')
    expect(xmlText(p).startsWith('- Nội dung')).toBe(true)
  })

  it('prints section headings in caps bold and computed item labels', async () => {
    const { document } = await exportParts(fixturePlan())
    const texts = paragraphsXml(document).map(xmlText)
    expect(texts).toContain('I. MỤC ĐÍCH, YÊU CẦU')
    expect(paragraphWith(document, 'I. MỤC ĐÍCH, YÊU CẦU')).toMatch(/<w:b\/>/)
    expect(texts).toContain('1. Mục đích')
    expect(texts.some(t => t.startsWith('1.1. Tham gia của người dân'))).toBe(true)
    expect(texts).toContain('a) Triển khai ở tất cả các cơ quan, đơn vị.')
    expect(texts).toContain('+ Gắn với nhiệm vụ chuyên môn.')
    expect(paragraphWith(document, '1.1. Tham gia')).toMatch(/<w:b\/>/)
    expect(paragraphWith(document, 'a) Triển khai')).not.toMatch(/<w:b\/>/)
  })

  it('an item the clerk typed all in bold is a title: bold number, kept with what follows', async () => {
    const plan = fixturePlan()
    const [first, ...rest] = plan.sections
    const typed = {
      type: 'item' as const,
      id: 'typed-title',
      style: 'decimal' as const,
      content: [{ text: 'Công khai, minh bạch', bold: true }],
      children: [],
    }
    const { document } = await exportParts({
      ...plan,
      sections: [{ ...first!, children: [...first!.children, typed] }, ...rest],
    })
    const p = paragraphWith(document, 'Công khai, minh bạch')
    const label = (p.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [])[0] ?? ''
    expect(xmlText(label)).toMatch(/^\d+\. $/)
    expect(label).toMatch(/<w:b\/>/)
    expect(p).toContain('<w:keepNext/>')
    expect(paragraphWith(document, 'a) Triển khai')).not.toContain('<w:keepNext/>')
  })

  it('keeps inline bold and italic', async () => {
    const { document } = await exportParts(fixturePlan())
    const p = paragraphWith(document, '44,07 điểm')
    const bold = (p.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []).find(r => r.includes('44,07 điểm'))
    const italic = (p.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []).find(r => r.includes('xếp hạng 24/63'))
    expect(bold).toMatch(/<w:b\/>/)
    expect(italic).toMatch(/<w:i\/>/)
  })

  it('writes native footnotes numbered in order, 12 pt', async () => {
    const { document, footnotes } = await exportParts(fixturePlan())
    expect(document).toContain('<w:footnoteReference w:id="1"/>')
    expect(document).toContain('<w:footnoteReference w:id="2"/>')
    expect(document.indexOf('w:id="1"/>')).toBeLessThan(
      document.indexOf('<w:footnoteReference w:id="2"/>')
    )
    const note1 = footnotes.match(/<w:footnote w:id="1">[\s\S]*?<\/w:footnote>/)?.[0] ?? ''
    expect(xmlText(note1)).toContain('Theo Báo cáo PAPI năm 2020')
    expect(note1).toContain('<w:sz w:val="24"/>')
  })

  it('glues ./. to the last sentence, adding it once', async () => {
    const { document } = await exportParts(fixturePlan())
    expect(paragraphsXml(document).map(xmlText)).toContain(
      'Trên đây là Kế hoạch cải thiện chỉ số PAPI năm 2021 của UBND huyện Vị Xuyên./.'
    )
    const plan = fixturePlan()
    const already = {
      ...plan,
      closing: [{ type: 'paragraph' as const, id: 'c', content: [{ text: 'Xong./.' }] }],
    }
    expect(paragraphsXml((await exportParts(already)).document).map(xmlText)).toContain('Xong./.')
  })

  it('ends căn cứ lines with ; and the last with ., in italics', async () => {
    const { document } = await exportParts(fixturePlan())
    const first = paragraphWith(document, 'Căn cứ Luật Tổ chức')
    expect(xmlText(first).endsWith('năm 2015;')).toBe(true)
    expect(first).toMatch(/<w:i\/>/)
    expect(xmlText(paragraphWith(document, 'Căn cứ Kế hoạch số 163')).endsWith('Hà Giang.')).toBe(
      true
    )
  })
})

describe('buildDocument: title block', () => {
  it('prints KẾ HOẠCH and the trích yếu bold, centred, normal case, then a real rule', async () => {
    const plan = fixturePlan()
    const { document } = await exportParts(plan)
    const title = paragraphWith(document, 'KẾ HOẠCH')
    expect(title).toContain('<w:jc w:val="center"/>')
    expect(title).toMatch(/<w:b\/>/)
    const subject = paragraphWith(document, 'Cải thiện và nâng cao')
    expect(xmlText(subject)).toBe(plan.subject)
    expect(subject).toMatch(/<w:b\/>/)
    const all = paragraphsXml(document)
    const rule = all[all.indexOf(subject) + 1] ?? ''
    expect(rule).toMatch(/<w:pBdr><w:bottom w:val="single"/)
    expect(xmlText(rule)).toBe('')
    expect(document).not.toContain('___')
  })
})

describe('buildDocument: layout settings', () => {
  it('applies changed margins and sizes', async () => {
    const settings = {
      ...DEFAULT_LAYOUT,
      marginLeft: 35,
      marginTop: 25,
      bodySize: 13,
      firstLineIndent: 1,
    }
    const { document } = await exportParts(fixturePlan(), settings)
    const [main] = sectionsXml(document)
    expect(attrs(main ?? '', 'pgMar')).toMatchObject({ top: '1417', left: '1984' })
    const p = paragraphWith(document, 'Nội dung triển khai số 3')
    expect(p).toContain('<w:ind w:firstLine="567"/>')
    expect(p).toContain('<w:sz w:val="26"/>')
  })
})

describe('buildDocument: file properties', () => {
  it('names the issuing agency as author and last editor and the trích yếu as title', async () => {
    const plan = fixturePlan()
    const { core } = await exportParts({
      ...plan,
      header: { ...plan.header, agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN LỘC BÌNH'] },
      subject: 'Nâng cao  Chỉ số PAPI\nnăm 2024',
    })
    expect(core).toContain('<dc:creator>Ủy ban nhân dân huyện Lộc Bình</dc:creator>')
    expect(core).toContain('<cp:lastModifiedBy>Ủy ban nhân dân huyện Lộc Bình</cp:lastModifiedBy>')
    expect(core).toContain('<dc:title>Nâng cao Chỉ số PAPI năm 2024</dc:title>')
    expect(core).not.toContain('Un-named')
  })
})
