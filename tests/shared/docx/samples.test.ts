import { describe, expect, it } from 'vitest'
import { END_MARK } from '../../../shared/docx/end-marks'
import { loadSamples, planTexts } from './samples'
import { exportParts, paragraphsXml, sectionsXml, xmlText } from './unzip'

const samples = loadSamples()
const squash = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim()

describe.skipIf(samples.length === 0)('every sample plan exports by the decree', () => {
  it.each(samples.map(s => [s.name, s.plan] as const))('%s', async (_name, plan) => {
    const { document, headers } = await exportParts(plan)
    const sections = sectionsXml(document)
    expect(sections).toHaveLength(1 + plan.appendices.length)
    expect(sections[0]).toContain('w:orient="portrait"')
    for (const sec of sections.slice(1)) {
      expect(sec).toContain('<w:pgNumType w:start="1"/>')
      expect(sec).toContain('<w:titlePg/>')
    }
    expect(headers.filter(h => h.includes('PAGE'))).toHaveLength(sections.length)
    const texts = paragraphsXml(document).map(p => squash(xmlText(p)))
    const body = texts.join('\n')
    for (const text of planTexts(plan)) {
      const words = squash(text).replace(/[;.,]+$/u, '')
      expect(body.includes(words) || body.includes(words.toLocaleUpperCase('vi'))).toBe(true)
    }
    const closing = texts.filter(t => t.endsWith(END_MARK))
    expect(closing).toHaveLength(1)
    expect(closing[0]).not.toMatch(/\s\.\/\.$|\.\.\/\.$/)
    const runs = (document.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []).filter(r => /<w:t[ >]/.test(r))
    expect(runs.every(r => r.includes('w:eastAsia="Times New Roman"'))).toBe(true)
    expect(document).not.toMatch(/_{3,}/)
    expect(document.normalize('NFC')).toBe(document)
  })
})
