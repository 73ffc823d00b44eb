import { AlignmentType, Header, Paragraph, PageNumber, TextRun } from 'docx'
import type { LayoutSettings } from './layout-settings'
import { FONT_SLOTS, ptToHalfPoints } from './units'

/** Headers of a section: the page number centred on every page but the first (titlePage). */
export type SectionHeaders = { readonly default: Header; readonly first: Header }

/** The page-number header (PAGE field, Arabic, centred) and an empty first-page header. */
export function pageNumberHeaders(s: LayoutSettings): SectionHeaders {
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({
        children: [PageNumber.CURRENT],
        font: FONT_SLOTS,
        size: ptToHalfPoints(s.pageNumberSize),
      }),
    ],
  })
  return {
    default: new Header({ children: [number] }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  }
}
