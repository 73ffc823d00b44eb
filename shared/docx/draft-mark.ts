import { AlignmentType, BorderStyle, Paragraph } from 'docx'
import { textRun } from './inline'

/** The label of a draft exported while the plan still has errors (the clerk confirmed it). */
export const DRAFT_LABEL = 'DỰ THẢO'

/**
 * The draft mark at the top right of page 1: `DỰ THẢO` in bold caps inside a box, so a plan
 * exported with open errors can never pass for the signed version.
 */
export function draftMark(): Paragraph {
  const side = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 }
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 120 },
    border: { top: side, bottom: side, left: side, right: side },
    indent: { left: 7700 },
    children: [textRun(DRAFT_LABEL, { size: 13, bold: true })],
  })
}
