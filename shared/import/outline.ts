import { newId } from '../model/ids'
import { allowedChildStyles, childParentKind, type ParentKind } from '../model/outline-rules'
import type { Block, Item, ItemStyle } from '../model/types'
import { paragraphText, type DocParagraph } from './doc-types'
import { detectMarker } from './markers'
import { allRuns, dropPrefix, modelRuns } from './runs-map'

type Open = { item: Item & { children: Block[] }; kind: ParentKind; rank: number }

const isNote = (runs: DocParagraph['runs']): boolean =>
  /^\s*\(/u.test(runs.map(r => r.text).join(''))
const isNoteBlock = (b: Block | undefined): boolean =>
  b?.type === 'paragraph' &&
  /^\s*\(/u.test(b.content.map(r => ('text' in r ? r.text : '')).join(''))

const RANK: Readonly<Record<ItemStyle, number>> = { decimal: 1, letter: 3, dash: 4, plus: 5 }

/** Builds nested blocks from a flat paragraph list: markers give levels, paragraphs attach inside. */
export class OutlineBuilder {
  readonly top: Block[] = []
  private stack: Open[] = []
  /** Paragraphs whose marker could not be placed (kept as text), for the report. */
  readonly unplaced: string[] = []

  constructor(private readonly parent: ParentKind) {}

  private container(): { blocks: Block[]; kind: ParentKind } {
    const open = this.stack[this.stack.length - 1]
    return open
      ? { blocks: open.item.children, kind: open.kind }
      : { blocks: this.top, kind: this.parent }
  }

  /** Adds one body paragraph (its marker, if any, decides where it goes). */
  add(p: DocParagraph): void {
    const text = paragraphText(p)
    const runs =
      p.autoLabel === undefined
        ? p.runs
        : [{ text: `${p.autoLabel} `, bold: p.runs[0]?.bold ?? false, italic: false }, ...p.runs]
    const marker = detectMarker(text)
    if (!marker || marker.style === 'roman') {
      this.paragraph(runs)
      return
    }
    const style = marker.style
    const rank = style === 'decimal' ? Math.min(marker.depth, 2) : RANK[style]
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1] as Open).rank >= rank) {
      this.stack.pop()
    }
    const where = this.container()
    if (!allowedChildStyles(where.kind).includes(style)) {
      this.unplaced.push(text)
      where.blocks.push({ type: 'paragraph', id: newId(), content: modelRuns(runs) })
      return
    }
    const heading = allRuns(runs, 'bold')
    const content = modelRuns(dropPrefix(runs, marker.length), { bold: heading })
    const item = {
      type: 'item' as const,
      id: newId(),
      style,
      ...(heading ? { heading: true } : {}),
      content,
      children: [] as Block[],
    }
    where.blocks.push(item)
    const kind = childParentKind(where.kind, style)
    this.stack.push({ item, kind, rank: kind === 'decimal2' ? 2 : rank })
  }

  private paragraph(runs: DocParagraph['runs']): void {
    // A paragraph right after bullets closes the bulleted item too (it reads as the next level up).
    const afterBullet = (this.stack[this.stack.length - 1]?.rank ?? 0) >= RANK.dash
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1] as Open).rank >= RANK.dash) {
      this.stack.pop()
    }
    if (afterBullet) {
      this.stack.pop()
    }
    // A parenthesised note (`(Chi tiết theo Phụ lục …)`) speaks for the whole section.
    // (`finish` lifts it to the section when it ends the section).
    if (isNote(runs)) {
      this.stack = this.stack.slice(0, 1)
    }
    this.container().blocks.push({ type: 'paragraph', id: newId(), content: modelRuns(runs) })
  }

  /** The finished blocks: a parenthesised note ending the last item is lifted to this level. */
  finish(): Block[] {
    const last = this.top[this.top.length - 1]
    if (last?.type === 'item' && isNoteBlock(last.children[last.children.length - 1])) {
      const children = last.children as Block[]
      const note = children.pop() as Block
      this.top.push(note)
    }
    return this.top
  }
}
