import type { BaseEditor } from 'slate'
import type { ReactEditor } from 'slate-react'
import type { ItemStyle, SectionRole, Tags, TextRun } from '../../shared/model/types'

/**
 * The body as Slate edits it: a FLAT list of top-level elements. Nesting is expressed by `depth`
 * (0 = directly inside a section), not by nested elements — flat lists keep Enter, Tab and
 * Backspace simple and robust. `from-slate.ts` rebuilds the plan's tree from it.
 */

/** Text leaf with inline formatting. */
export type FormattedText = { text: string; bold?: boolean; italic?: boolean }

/** A section heading (`II. NHIỆM VỤ, GIẢI PHÁP`); its text is the editable title. */
export type SectionElement = {
  type: 'section'
  id: string
  role: SectionRole
  tags?: Tags
  children: FormattedText[]
}

/** Style of a body block: an unnumbered paragraph or an outline item. */
export type BlockStyle = 'paragraph' | ItemStyle

/** A body paragraph or outline item at a given depth. */
export type BodyElement = {
  type: 'block'
  id: string
  style: BlockStyle
  depth: number
  heading?: boolean
  tags?: Tags
  children: (FormattedText | FootnoteElement)[]
}

/** A closing paragraph (`Trên đây là Kế hoạch …`), after the last section. */
export type ClosingElement = {
  type: 'closing'
  id: string
  children: (FormattedText | FootnoteElement)[]
}

/** An inline, void footnote reference; its text lives in `content`. */
export type FootnoteElement = {
  type: 'footnote'
  id: string
  content: TextRun[]
  children: [{ text: '' }]
}

/** Any top-level element of the body editor. */
export type TopElement = SectionElement | BodyElement | ClosingElement

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor
    Element: TopElement | FootnoteElement
    Text: FormattedText
  }
}
