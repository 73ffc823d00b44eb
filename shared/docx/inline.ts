import { AlignmentType, FootnoteReferenceRun, Paragraph, TextRun } from 'docx'
import type { ParagraphChild } from 'docx'
import type { Run, TextRun as ModelTextRun } from '../model/types'
import { FONT_SLOTS, ptToHalfPoints } from './units'

/** Look of a run: size in points plus the decree's emphasis. */
export type RunStyle = {
  readonly size: number
  readonly bold?: boolean
  readonly italic?: boolean
}

/** A Times New Roman run (all four font slots set), text normalised to NFC. */
export function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text: text.normalize('NFC'),
    font: FONT_SLOTS,
    size: ptToHalfPoints(style.size),
    bold: style.bold === true,
    italics: style.italic === true,
  })
}

/** Lines of text as runs separated by line breaks (`\n` → `w:br`). */
export function linesRuns(text: string, style: RunStyle): TextRun[] {
  return text.split('\n').map((line, i) =>
    i === 0
      ? textRun(line, style)
      : new TextRun({
          text: line.normalize('NFC'),
          break: 1,
          font: FONT_SLOTS,
          size: ptToHalfPoints(style.size),
          bold: style.bold === true,
          italics: style.italic === true,
        })
  )
}

/**
 * Model runs → docx runs. Inline bold/italic are OR-ed with the base style; a footnote becomes
 * a native reference to the note numbered `footnotes.get(id)`.
 */
export function modelRuns(
  runs: readonly Run[],
  base: RunStyle,
  footnotes: ReadonlyMap<string, number>
): ParagraphChild[] {
  const out: ParagraphChild[] = []
  for (const run of runs) {
    if ('type' in run) {
      const n = footnotes.get(run.id)
      if (n !== undefined) {
        out.push(new FootnoteReferenceRun(n))
      }
      continue
    }
    out.push(
      textRun(run.text, {
        size: base.size,
        bold: base.bold === true || run.bold === true,
        italic: base.italic === true || run.italic === true,
      })
    )
  }
  return out
}

/** The footnote bodies for `new Document({ footnotes })`, keyed by their computed number. */
export function footnoteBodies(
  allRuns: readonly (readonly Run[])[],
  footnotes: ReadonlyMap<string, number>,
  size: number
): Record<number, { children: Paragraph[] }> {
  const out: Record<number, { children: Paragraph[] }> = {}
  for (const runs of allRuns) {
    for (const run of runs) {
      const n = 'type' in run ? footnotes.get(run.id) : undefined
      if ('type' in run && n !== undefined) {
        const content: readonly ModelTextRun[] = run.content
        out[n] = {
          children: [
            new Paragraph({
              alignment: AlignmentType.BOTH,
              // A space after the note number, as Word's own footnotes have.
              children: [textRun(' ', { size }), ...modelRuns(content, { size }, footnotes)],
            }),
          ],
        }
      }
    }
  }
  return out
}
