import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx'
import type { IParagraphRunOptions, ParagraphChild } from 'docx'
import type { LayoutSettings } from './layout-settings'
import { cmToTwips, FONT_SLOTS, ptToHalfPoints, ptToTwips } from './units'

/**
 * Body paragraph: justified, first-line indent, space before, line spacing from the settings.
 * `run` styles the paragraph mark (e.g. a tracked insertion or deletion of the paragraph).
 */
export function bodyParagraph(
  children: readonly ParagraphChild[],
  s: LayoutSettings,
  options: { readonly keepNext?: boolean; readonly run?: IParagraphRunOptions } = {}
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: cmToTwips(s.firstLineIndent) },
    spacing: {
      before: ptToTwips(s.spacingBefore),
      after: 0,
      line: Math.round(240 * s.lineSpacing),
      lineRule: LineRuleType.AUTO,
    },
    ...(options.keepNext === true ? { keepNext: true } : {}),
    ...(options.run === undefined ? {} : { run: options.run }),
    children,
  })
}

/** A centred paragraph without indent; `before` in points. */
export function centredParagraph(
  children: readonly ParagraphChild[],
  before = 0,
  options: { readonly keepNext?: boolean } = {}
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: ptToTwips(before), after: 0 },
    ...(options.keepNext === true ? { keepNext: true } : {}),
    children,
  })
}

/**
 * A short solid rule: an empty, tiny paragraph whose bottom border is the line, indented so the
 * line is `width` twips long and centred in `available` twips (a real line, never underscores).
 */
export function ruleParagraph(width: number, available: number, keepNext = false): Paragraph {
  const side = Math.max(0, Math.round((available - width) / 2))
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT },
    ...(keepNext ? { keepNext: true } : {}),
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: ptToHalfPoints(2), font: FONT_SLOTS },
    children: [],
  })
}

/** An empty paragraph of the given text size (room for the signature). */
export function emptyParagraph(size: number): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0 },
    run: { size: ptToHalfPoints(size), font: FONT_SLOTS },
    children: [],
  })
}
