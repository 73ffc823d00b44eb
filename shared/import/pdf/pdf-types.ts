import type { DocRun } from '../doc-types'

/** A piece of text placed on a PDF page (PDF points, origin bottom left, y the baseline). */
export type PdfItem = {
  readonly text: string
  readonly bold: boolean
  readonly italic: boolean
  readonly x: number
  readonly y: number
  readonly width: number
  /** Font size in points. */
  readonly size: number
}

/** A page of the text layer. */
export type PdfPage = {
  readonly width: number
  readonly height: number
  readonly items: readonly PdfItem[]
}

/** A run of text on one line with no wide gap inside (one column of the line). */
export type Segment = {
  readonly text: string
  readonly runs: readonly DocRun[]
  readonly x0: number
  readonly x1: number
}

/** A line of text: its baseline, font size, page, and its segments left to right. */
export type PdfLine = {
  readonly page: number
  readonly y: number
  readonly size: number
  readonly segments: readonly Segment[]
  readonly landscape: boolean
}

/** Where the text sits on the pages: left and right edges of the body text. */
export type TextArea = { readonly left: number; readonly right: number }
