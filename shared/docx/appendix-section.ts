import type { ISectionOptions, Paragraph, Table } from 'docx'
import { appendixReference } from '../model/format-header'
import { appendixHeading } from '../model/numbering'
import type { Appendix, Header } from '../model/types'
import { textRun } from './inline'
import type { LayoutSettings } from './layout-settings'
import { centredParagraph, ruleParagraph } from './paragraphs'
import { pageSection, textWidthTwips } from './sections'
import type { TableHook } from './table-hook'
import { buildTaskTable } from './task-table'
import { textWidthPt } from './text-width'
import { ptToTwips } from './units'

/**
 * One appendix as its own section (new page, landscape by default, page numbers from 1):
 * `Phụ lục I` heading, caps title, the italic `(Kèm theo Kế hoạch số …)` line, a rule, the table.
 */
export function buildAppendixSection(
  appendix: Appendix,
  index: number,
  count: number,
  header: Header,
  s: LayoutSettings,
  hook?: TableHook
): ISectionOptions {
  const landscape = appendix.landscape !== false
  const width = textWidthTwips(s, landscape)
  const reference = appendixReference(header)
  const ruleBase = Math.min(
    width,
    ptToTwips(textWidthPt(reference, s.appendixReferenceSize, false))
  )
  const children: (Paragraph | Table)[] = [
    centredParagraph(
      [textRun(appendixHeading(index, count), { size: s.appendixHeadingSize, bold: true })],
      0,
      {
        keepNext: true,
      }
    ),
    ...appendix.title
      .trim()
      .split('\n')
      .map(line =>
        centredParagraph(
          [textRun(line.trim().toLocaleUpperCase('vi'), { size: s.appendixTitleSize, bold: true })],
          0,
          {
            keepNext: true,
          }
        )
      ),
    centredParagraph([textRun(reference, { size: s.appendixReferenceSize, italic: true })], 0, {
      keepNext: true,
    }),
    ruleParagraph(Math.round(ruleBase * s.ruleRatio * 0.6), width, true),
    centredParagraph([], 6),
  ]
  if (appendix.columns.length > 0) {
    children.push(buildTaskTable(appendix, width, s, hook))
  }
  return pageSection(s, children, { landscape, restartNumbering: true })
}
