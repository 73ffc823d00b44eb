import type { Paragraph } from 'docx'
import type { Plan } from '../model/types'
import { withEnding } from './end-marks'
import { linesRuns, modelRuns, textRun } from './inline'
import type { LayoutSettings } from './layout-settings'
import type { ParagraphHook } from './paragraph-hook'
import { bodyParagraph, centredParagraph, ruleParagraph } from './paragraphs'
import { textWidthPt } from './text-width'
import { mmToTwips, ptToTwips } from './units'

/** Width of the text area of a portrait page, in twips. */
export function portraitTextWidth(s: LayoutSettings): number {
  return mmToTwips(210 - s.marginLeft - s.marginRight)
}

/**
 * `KẾ HOẠCH`, the trích yếu in bold normal case, a short rule, then the căn cứ lines in italics
 * (`;` at the end of each, `.` on the last). A hook may draw over the trích yếu and căn cứ.
 */
export function buildTitleBlock(
  plan: Plan,
  s: LayoutSettings,
  footnotes: ReadonlyMap<string, number>,
  hook?: ParagraphHook
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
    centredParagraph(
      hook?.content('subject', { size: s.subjectSize, bold: true }) ??
        linesRuns(subject, { size: s.subjectSize, bold: true }),
      0,
      { keepNext: true }
    ),
    ruleParagraph(ruleWidth, available),
  ]
  const bases = plan.bases.filter(b => b.content.length > 0)
  const style = { size: s.basisSize, italic: true }
  bases.forEach((basis, i) => {
    const key = `basis:${basis.id}`
    const content = withEnding(basis.content, i === bases.length - 1 ? '.' : ';')
    const runs = hook?.content(key, style) ?? modelRuns(content, style, footnotes)
    out.push(...(hook?.before(key) ?? []), bodyParagraph(runs, s, { run: hook?.mark(key) }))
  })
  return out
}
