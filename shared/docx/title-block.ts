import type { Paragraph } from 'docx'
import type { Plan } from '../model/types'
import { withEnding } from './end-marks'
import { linesRuns, modelRuns, textRun } from './inline'
import type { LayoutSettings } from './layout-settings'
import { bodyParagraph, centredParagraph, ruleParagraph } from './paragraphs'
import { textWidthPt } from './text-width'
import { mmToTwips, ptToTwips } from './units'

/** Width of the text area of a portrait page, in twips. */
export function portraitTextWidth(s: LayoutSettings): number {
  return mmToTwips(210 - s.marginLeft - s.marginRight)
}

/**
 * `KẾ HOẠCH`, the trích yếu in bold normal case, a short rule, then the căn cứ lines in italics
 * (`;` at the end of each, `.` on the last).
 */
export function buildTitleBlock(
  plan: Plan,
  s: LayoutSettings,
  footnotes: ReadonlyMap<string, number>
): Paragraph[] {
  const available = portraitTextWidth(s)
  const subject = plan.subject.trim()
  const longest = Math.max(
    0,
    ...subject.split('\n').map(l => ptToTwips(textWidthPt(l.trim(), s.subjectSize, true)))
  )
  const ruleWidth = Math.round(Math.min(longest, available) * s.ruleRatio)
  const out: Paragraph[] = [
    centredParagraph([textRun('KẾ HOẠCH', { size: s.titleSize, bold: true })], 18, {
      keepNext: true,
    }),
    centredParagraph(linesRuns(subject, { size: s.subjectSize, bold: true }), 0, {
      keepNext: true,
    }),
    ruleParagraph(ruleWidth, available),
  ]
  const bases = plan.bases.filter(b => b.content.length > 0)
  bases.forEach((basis, i) => {
    const content = withEnding(basis.content, i === bases.length - 1 ? '.' : ';')
    out.push(bodyParagraph(modelRuns(content, { size: s.basisSize, italic: true }, footnotes), s))
  })
  return out
}
