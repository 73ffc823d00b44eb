import { Packer } from 'docx'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import {
  buildTrackedDocument,
  revisionAuthor,
} from '../../../../shared/lineage/compare/tracked-document'
import { EMPTY_PROFILE } from '../../../../shared/model/profile'
import { exportParts, paragraphsXml, paragraphWith, xmlText } from '../../docx/unzip'
import { samplePlan } from '../sample-plans'
import { ADDED_TEXT, editedSample } from './edited-sample'

const META = { author: 'ỦY BAN NHÂN DÂN HUYỆN LỘC BÌNH', date: '2025-05-02T08:30:00Z' }

async function documentXml(older = editedSample().older, newer = editedSample().newer) {
  const { document } = buildTrackedDocument(older, newer, META)
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document))
  return (await zip.file('word/document.xml')?.async('string')) ?? ''
}

/** The text inside every `<w:ins>` or `<w:del>` of the XML, with its author. */
function revisions(xml: string, tag: 'w:ins' | 'w:del') {
  const re = new RegExp(`<${tag} ([^>]*)>([\\s\\S]*?)</${tag}>`, 'g')
  return [...xml.matchAll(re)].map(m => ({
    author: /w:author="([^"]*)"/.exec(m[1] ?? '')?.[1],
    date: /w:date="([^"]*)"/.exec(m[1] ?? '')?.[1],
    text: [...(m[2] ?? '').matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)]
      .map(t => t[1])
      .join(''),
  }))
}

describe('buildTrackedDocument', () => {
  it('writes added words as w:ins and removed blocks as w:del, by the agency, at the date', async () => {
    const xml = await documentXml()
    const ins = revisions(xml, 'w:ins')
    const del = revisions(xml, 'w:del')
    expect(ins.length).toBeGreaterThan(0)
    expect(del.length).toBeGreaterThan(0)
    for (const r of [...ins, ...del]) {
      expect(r.author).toBe(META.author)
      expect(r.date).toBe(META.date)
    }
    expect(ins.map(r => r.text)).toContain(' và hằng tháng')
    expect(ins.map(r => r.text)).toContain(ADDED_TEXT)
    expect(del.map(r => r.text)).toContain('8. Phòng Y tế')
    expect(del.map(r => r.text)).toContain('12. Thanh tra huyện')
    expect(ins.map(r => r.text)).toContain('Thanh tra huyện')
  })

  it('marks a removed paragraph deleted and an added one inserted, mark included', async () => {
    const xml = await documentXml()
    const removed = paragraphsXml(xml).find(p => p.includes('>8. Phòng Y tế</w:delText>')) ?? ''
    expect(removed).toMatch(/<w:pPr>[\s\S]*<w:rPr>\s*<w:del [^>]*w:author=/)
    expect(removed).toContain('<w:delText')
    const added = paragraphWith(xml, ADDED_TEXT)
    expect(added).toMatch(/<w:pPr>[\s\S]*<w:rPr>\s*<w:ins [^>]*w:author=/)
  })

  it('gives every revision its own id', async () => {
    const xml = await documentXml()
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map(m => m[1])
    expect(ids.length).toBeGreaterThan(4)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('is the plain export when nothing changed', async () => {
    const plan = samplePlan('002')
    const xml = await documentXml(plan, plan)
    expect(xml).not.toMatch(/<w:(ins|del)[ >]/)
    expect(xmlText(xml)).toBe(xmlText((await exportParts(plan)).document))
  })

  it('names the agency of the profile as the author', () => {
    expect(revisionAuthor({ ...EMPTY_PROFILE, agency: ['ỦY BAN NHÂN DÂN', 'XÃ TÚ ĐOẠN'] })).toBe(
      'ỦY BAN NHÂN DÂN XÃ TÚ ĐOẠN'
    )
    expect(revisionAuthor({ ...EMPTY_PROFILE, agency: [] })).toBe('Soạn Kế hoạch')
  })
})
