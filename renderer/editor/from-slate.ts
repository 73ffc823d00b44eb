import {
  allowedChildStyles,
  childParentKind,
  type ParentKind,
} from '../../shared/model/outline-rules'
import type {
  Block,
  Item,
  ItemStyle,
  Paragraph,
  Plan,
  Run,
  Section,
  TextRun,
} from '../../shared/model/types'
import type { BodyElement, FootnoteElement, FormattedText, TopElement } from './slate-types'

/** The body parts of a plan, rebuilt from the flat editor value. */
export type Body = Pick<Plan, 'preamble' | 'sections' | 'closing'>

/** Where a flat block really sits once the outline rules are applied. */
export type Placement = { readonly depth: number; readonly style: BodyElement['style'] }

const STYLE_RANK: readonly ItemStyle[] = ['decimal', 'letter', 'dash', 'plus']

/** Model runs of Slate children: adjacent leaves with the same marks merge, empty leaves drop. */
export function slateToRuns(children: readonly (FormattedText | FootnoteElement)[]): Run[] {
  const out: Run[] = []
  for (const child of children) {
    if ('type' in child) {
      out.push({ type: 'footnote', id: child.id, content: child.content })
      continue
    }
    if (child.text === '') {
      continue
    }
    const run: TextRun = {
      text: child.text,
      ...(child.bold ? { bold: true } : {}),
      ...(child.italic ? { italic: true } : {}),
    }
    const last = out[out.length - 1]
    if (last && !('type' in last) && !!last.bold === !!run.bold && !!last.italic === !!run.italic) {
      out[out.length - 1] = { ...last, text: last.text + run.text }
    } else {
      out.push(run)
    }
  }
  return out
}

type Open = { readonly kind: ParentKind; readonly children: Block[] }

/**
 * Rebuilds the plan body (a valid tree) from the flat editor value. A block deeper than its
 * predecessor allows is pulled up; an item style the parent does not allow takes the nearest
 * allowed one. `placements` reports, per block id, where each block ended up, so the editor can
 * show exactly what will be saved.
 */
export function slateToBody(value: readonly TopElement[]): {
  body: Body
  placements: Map<string, Placement>
} {
  const preamble: Block[] = []
  const sections: Section[] = []
  const closing: Paragraph[] = []
  const placements = new Map<string, Placement>()
  let stack: Open[] = [{ kind: 'preamble', children: preamble }]
  let sectionChildren: Block[] | undefined
  for (const element of value) {
    if (element.type === 'section') {
      sectionChildren = []
      sections.push({
        type: 'section',
        id: element.id,
        role: element.role,
        title: element.children.map(c => c.text).join(''),
        children: sectionChildren,
        ...(element.tags ? { tags: element.tags } : {}),
      })
      stack = [{ kind: 'section', children: sectionChildren }]
    } else if (element.type === 'closing') {
      const content = slateToRuns(element.children)
      if (content.length > 0) {
        closing.push({ type: 'paragraph', id: element.id, content })
      }
    } else {
      place(element, stack, placements)
    }
  }
  return { body: { preamble, sections, closing }, placements }
}

function place(element: BodyElement, stack: Open[], placements: Map<string, Placement>): void {
  let depth = Math.max(0, Math.min(element.depth, stack.length - 1))
  stack.length = depth + 1
  const content = slateToRuns(element.children)
  const tags = element.tags ? { tags: element.tags } : {}
  if (element.style === 'paragraph') {
    stack[depth]!.children.push({ type: 'paragraph', id: element.id, content, ...tags })
    placements.set(element.id, { depth, style: 'paragraph' })
    return
  }
  let style = nearest(element.style, allowedChildStyles(stack[depth]!.kind))
  while (style === undefined && depth > 0) {
    depth -= 1
    stack.length = depth + 1
    style = nearest(element.style, allowedChildStyles(stack[depth]!.kind))
  }
  if (style === undefined) {
    stack[depth]!.children.push({ type: 'paragraph', id: element.id, content, ...tags })
    placements.set(element.id, { depth, style: 'paragraph' })
    return
  }
  const item: Item = {
    type: 'item',
    id: element.id,
    style,
    ...(element.heading ? { heading: true } : {}),
    content,
    children: [],
    ...tags,
  }
  stack[depth]!.children.push(item)
  stack.push({
    kind: childParentKind(stack[depth]!.kind, style),
    children: item.children as Block[],
  })
  placements.set(element.id, { depth, style })
}

function nearest(wanted: ItemStyle, allowed: readonly ItemStyle[]): ItemStyle | undefined {
  if (allowed.includes(wanted)) {
    return wanted
  }
  const rank = STYLE_RANK.indexOf(wanted)
  return allowed.find(s => STYLE_RANK.indexOf(s) >= rank) ?? allowed[allowed.length - 1]
}
