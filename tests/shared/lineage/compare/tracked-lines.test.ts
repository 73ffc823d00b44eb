import { describe, expect, it } from 'vitest'
import { buildTrackedDocument } from '../../../../shared/lineage/compare/tracked-document'
import type { Plan } from '../../../../shared/model'
import { paragraphsXml } from '../../docx/unzip'
import { samplePlan } from '../sample-plans'
import { META, plainText, revisions, unescape, xmlOf } from './tracked-xml'

/** Sample 001 with a new number and day, Nơi nhận `Sở Nội vụ` removed, one added, one edited. */
function linesEdited(): { older: Plan; newer: Plan } {
  const older = samplePlan('001')
  const recipients = older.recipients
    .filter(r => r.id !== 's001-n2')
    .flatMap(r =>
      r.id === 's001-n4'
        ? [{ ...r, text: 'Thường trực HĐND tỉnh' }]
        : r.id === 's001-n1'
          ? [r, { id: 'new-n1', text: 'Báo Hà Giang' }]
          : [r]
    )
  const header = { ...older.header, number: '160', date: { ...older.header.date, day: 2 } }
  return { older, newer: { ...older, header, recipients } }
}

async function trackedXml(): Promise<string> {
  const { older, newer } = linesEdited()
  return xmlOf(buildTrackedDocument(older, newer, META).document)
}

const paragraphWith = (xml: string, text: string) =>
  paragraphsXml(xml).find(p => unescape(p).includes(text)) ?? ''

describe('tracked header and Nơi nhận lines', () => {
  it('shows the new number and day as revisions of the old ones, by the agency', async () => {
    const xml = await trackedXml()
    const number = paragraphWith(xml, '>154</w:delText>')
    expect(revisions(number, 'w:del').map(r => r.text)).toEqual(['154'])
    expect(revisions(number, 'w:ins').map(r => r.text)).toEqual(['160'])
    expect(plainText(number)).toBe('Số: /KH-UBND')
    const date = paragraphWith(xml, '>31</w:delText>')
    expect(revisions(date, 'w:ins').map(r => r.text)).toEqual(['02'])
    expect(plainText(date)).toBe('Vị Xuyên, ngày  tháng 5 năm 2021')
    for (const r of [...revisions(number, 'w:ins'), ...revisions(date, 'w:del')]) {
      expect(r.author).toBe(META.author)
    }
  })

  it('inserts an added Nơi nhận line and deletes a removed one where it stood', async () => {
    const xml = await trackedXml()
    const added = paragraphWith(xml, 'Báo Hà Giang')
    expect(added).toMatch(/<w:pPr>[\s\S]*<w:rPr>\s*<w:ins [^>]*w:author=/)
    expect(revisions(added, 'w:ins').map(r => r.text)).toEqual(['- Báo Hà Giang;'])
    const removed = paragraphWith(xml, '>- Sở Nội vụ;</w:delText>')
    expect(removed).toMatch(/<w:pPr>[\s\S]*<w:rPr>\s*<w:del [^>]*w:author=/)
    expect(plainText(removed)).toBe('')
    const order = paragraphsXml(xml).map(p => unescape(p))
    const at = order.findIndex(p => p.includes('>- Sở Nội vụ;</w:delText>'))
    // Between the lines it stood between in the older plan (the added line is there too).
    expect(order[at - 1]).toContain('- UBND tỉnh;')
    expect(order.slice(at + 1, at + 3).join('')).toContain('- Thường trực Huyện ủy;')
  })

  it('shows an edited Nơi nhận line word by word', async () => {
    const xml = await trackedXml()
    const line = paragraphWith(xml, 'Thường trực HĐND')
    expect(revisions(line, 'w:del').map(r => r.text)).toEqual(['huyện'])
    expect(revisions(line, 'w:ins').map(r => r.text)).toEqual(['tỉnh'])
    expect(plainText(line)).toBe('- Thường trực HĐND ;')
  })
})

describe('tracked signature', () => {
  it('shows a new signer and a new authority line as revisions of the old ones', async () => {
    const older = samplePlan('001')
    const { lines, signer } = older.signature
    const newer: Plan = {
      ...older,
      signature: {
        lines: [...lines, { text: 'Phó Chủ tịch thường trực' }],
        signer: `${signer} Minh`,
      },
    }
    const xml = await xmlOf(buildTrackedDocument(older, newer, META).document)
    const inserted = revisions(xml, 'w:ins').map(r => r.text)
    expect(inserted).toContain(' Minh')
    expect(inserted.join('')).toContain('PHÓ CHỦ TỊCH THƯỜNG TRỰC')
    const authority = paragraphWith(xml, 'PHÓ CHỦ TỊCH THƯỜNG TRỰC')
    expect(plainText(authority)).toBe(
      lines
        .map(l => l.text)
        .join('')
        .toLocaleUpperCase('vi')
    )
  })
})
