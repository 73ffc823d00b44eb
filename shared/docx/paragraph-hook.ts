import type { IParagraphRunOptions, Paragraph, ParagraphChild } from 'docx'
import type { RunStyle } from './inline'
import type { LineHook } from './line-hook'
import type { TableHook } from './table-hook'

/**
 * A hook into the body builders for a document that is the plan plus something drawn over it
 * (the tracked changes of a comparison). Units are named by the comparison's keys: `subject`,
 * `basis:<id>`, `section-title:<id>`, `block:<id>`. Every method may return `undefined` (or no
 * paragraphs) to build the unit as usual.
 */
export type ParagraphHook = {
  /** The children of unit `key`'s text (after an item's number) in `style`. */
  readonly content: (key: string, style: RunStyle) => ParagraphChild[] | undefined
  /** The number run of item `key` (e.g. an inserted item's number as an insertion). */
  readonly label: (key: string, text: string, style: RunStyle) => ParagraphChild | undefined
  /** Run options of unit `key`'s paragraph mark (a tracked paragraph insertion). */
  readonly mark: (key: string) => IParagraphRunOptions | undefined
  /** Paragraphs placed before unit `key`, or at the end of the body for `end`. */
  readonly before: (key: string) => Paragraph[]
  /** Draws over the appendix task tables' rows; without it the tables print as usual. */
  readonly table?: TableHook
  /** Draws over số, date, Nơi nhận and the signature; without it they print as usual. */
  readonly lines?: LineHook
}
