import { describe, expect, it } from 'vitest'
import { DRAFT_LABEL } from '../../../shared/docx/draft-mark'
import { fixturePlan } from './fixture'
import { exportParts, paragraphWith, xmlText } from './unzip'

describe('draft mark', () => {
  it('a confirmed draft carries a boxed DỰ THẢO before the header', async () => {
    const { document } = await exportParts(fixturePlan(), undefined, { draft: true })
    const body = xmlText(document)
    expect(body.indexOf(DRAFT_LABEL)).toBeGreaterThanOrEqual(0)
    expect(body.indexOf(DRAFT_LABEL)).toBeLessThan(
      body.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    )
    const mark = paragraphWith(document, DRAFT_LABEL)
    for (const side of ['top', 'bottom', 'left', 'right']) {
      expect(mark).toMatch(new RegExp(`<w:${side} [^>]*w:val="single"`))
    }
  })

  it('a plan exported without errors has no draft mark', async () => {
    const { document } = await exportParts(fixturePlan())
    expect(xmlText(document)).not.toContain(DRAFT_LABEL)
  })
})
