import type { IParagraphRunOptions, ParagraphChild } from 'docx'
import type { RunStyle } from './inline'

/** A printed line drawn over the plan: its children and its paragraph mark's run options. */
export type DrawnLine = {
  readonly children: ParagraphChild[]
  readonly mark?: IParagraphRunOptions
}

/**
 * A hook into the lines printed outside the body, named by the comparison's keys:
 * `header:number`, `header:date`, `recipient:<id>`, `archive` (the `Lưu:` line),
 * `signature:lines` (the authority lines, `\n` between them) and `signature:signer`.
 */
export type LineHook = {
  /** Line `key` printed as `text` in `style`, or `undefined` to print it as usual. */
  readonly line: (key: string, text: string, style: RunStyle) => DrawnLine | undefined
  /** Lines no longer in the plan, drawn before Nơi nhận line `key` in `style`. */
  readonly before: (key: string, style: RunStyle) => DrawnLine[]
}
