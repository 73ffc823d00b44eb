import { newId } from '../model/ids'
import { allowedChildStyles, childParentKind, type ParentKind } from '../model/outline-rules'
import type { Block, Item, ItemStyle } from '../model/types'
import { paragraphText, type DocParagraph } from './doc-types'
import { detectMarker } from './markers'
import { allRuns, dropPrefix, modelRuns } from './runs-map'

type Open = { item: Item & { children: Block[] }; kind: ParentKind; rank: number }

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
    return open ? { blocks: open.item.children, kind: open.kind } : { blocks: this.top, kind: this.parent }
  }

  /** Adds one body paragraph (its marker, if any, decides where it goes). */
  add(p: DocParagraph): void {
    const text = paragraphText(p)
    const runs = p.autoLabel === undefined ? p.runs : [{ text: `${p.autoLabel} `, bold: p.runs[0]?.bold ?? false, italic: false }, ...p.runs]
    const marker = detectMarker(text)
    if (!marker || marker.style === 'roman') {
      this.paragraph(runs)
      return
    }
    const style = marker.style
    const rank = style === 'decimal' ? Math.min(marker.depth, 2) : RANK[style]
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1] as Open).rank >= rank) {this.stack.pop()}
    const where = this.container()
    if (!allowedChildStyles(where.kind).includes(style)) {
      this.unplaced.push(text)
      where.blocks.push({ type: 'paragraph', id: newId(), content: modelRuns(runs) })
      return
    }
    const heading = allRuns(runs, 'bold')
    const content = modelRuns(dropPrefix(runs, marker.length), { bold: heading })
    const item = { type: 'item' as const, id: newId(), style, ...(heading ? { heading: true } : {}), content, children: [] as Block[] }
    where.blocks.push(item)
    const kind = childParentKind(where.kind, style)
    this.stack.push({ item, kind, rank: kind === 'decimal2' ? 2 : rank })
  }

  private paragraph(runs: DocParagraph['runs']): void {
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1] as Open).rank >= RANK.dash) {this.stack.pop()}
    this.container().blocks.push({ type: 'paragraph', id: newId(), content: modelRuns(runs) })
  }
}
