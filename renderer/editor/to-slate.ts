import { newId } from '../../shared/model/ids'
import type { Block, Plan, Run } from '../../shared/model/types'
import type {
  BodyElement,
  ClosingElement,
  FootnoteElement,
  FormattedText,
  TopElement,
} from './slate-types'

/** Slate children of a run list: text leaves and footnote voids (Slate needs text at both ends). */
function runsToSlate(runs: readonly Run[]): (FormattedText | FootnoteElement)[] {
  const out: (FormattedText | FootnoteElement)[] = []
  for (const run of runs) {
    if ('type' in run) {
      out.push({
        type: 'footnote',
        id: run.id,
        content: run.content.map(r => ({ ...r })),
        children: [{ text: '' }],
      })
    } else {
      out.push({
        text: run.text,
        ...(run.bold ? { bold: true } : {}),
        ...(run.italic ? { italic: true } : {}),
      })
    }
  }
  return out.length === 0 ? [{ text: '' }] : out
}

/** Flattens model blocks into body elements starting at `depth` (appends to `out`). */
export function blocksToSlate(blocks: readonly Block[], depth: number, out: TopElement[]): void {
  for (const block of blocks) {
    const element: BodyElement = {
      type: 'block',
      id: block.id,
      style: block.type === 'paragraph' ? 'paragraph' : block.style,
      depth,
      ...(block.type === 'item' && block.heading ? { heading: true } : {}),
      ...(block.tags ? { tags: block.tags } : {}),
      children: runsToSlate(block.content),
    }
    out.push(element)
    if (block.type === 'item') {
      blocksToSlate(block.children, depth + 1, out)
    }
  }
}

/** The flat Slate value of a plan's body: preamble blocks, then each section and its blocks, then closing. */
export function planToSlate(plan: Pick<Plan, 'preamble' | 'sections' | 'closing'>): TopElement[] {
  const out: TopElement[] = []
  blocksToSlate(plan.preamble, 0, out)
  for (const section of plan.sections) {
    out.push({
      type: 'section',
      id: section.id,
      role: section.role,
      ...(section.tags ? { tags: section.tags } : {}),
      children: [{ text: section.title }],
    })
    blocksToSlate(section.children, 0, out)
  }
  for (const paragraph of plan.closing) {
    const closing: ClosingElement = {
      type: 'closing',
      id: paragraph.id,
      children: runsToSlate(paragraph.content),
    }
    out.push(closing)
  }
  if (plan.closing.length === 0) {
    // Somewhere to type the closing sentence; an empty closing paragraph is not saved.
    out.push({ type: 'closing', id: newId(), children: [{ text: '' }] })
  }
  return out
}
