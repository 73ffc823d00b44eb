import { DeletedTextRun, InsertedTextRun, TextRun } from 'docx'
import type { ParagraphChild } from 'docx'
import type { RunStyle } from '../../docx'
import { FONT_SLOTS, ptToHalfPoints } from '../../docx/units'
import type { WordPart } from './types'

/** Who made the tracked changes and when (ISO 8601, e.g. `2025-05-02T08:30:00Z`). */
export type RevisionMeta = {
  readonly author: string
  readonly date: string
}

/** Hands out the unique revision ids Word needs, with the author and date. */
export type RevisionIds = () => {
  readonly id: number
  readonly author: string
  readonly date: string
}

/** A revision id source starting at 1. */
export function revisionIds(meta: RevisionMeta): RevisionIds {
  let next = 0
  return () => {
    next += 1
    return { id: next, author: meta.author, date: meta.date }
  }
}

/**
 * Word parts as runs: kept text as plain runs, added text as `w:ins`, removed text as `w:del`
 * (docx's InsertedTextRun / DeletedTextRun), in Times New Roman at `style`. `\n` becomes a break.
 */
export function trackedRuns(
  parts: readonly WordPart[],
  style: RunStyle,
  ids: RevisionIds
): ParagraphChild[] {
  return parts.flatMap(part =>
    part.text.split('\n').map((text, i) => {
      const options = {
        text: text.normalize('NFC'),
        font: FONT_SLOTS,
        size: ptToHalfPoints(style.size),
        bold: style.bold === true,
        italics: style.italic === true,
        ...(i > 0 ? { break: 1 } : {}),
      }
      if (part.type === 'added') {
        return new InsertedTextRun({ ...options, ...ids() })
      }
      return part.type === 'removed'
        ? new DeletedTextRun({ ...options, ...ids() })
        : new TextRun(options)
    })
  )
}
