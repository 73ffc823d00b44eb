import type { Block, Paragraph, Plan } from '../../model/types'
import { findParagraph, removeAt, type BlockPath } from './block-path'

/** Which list of the plan holds a loose paragraph. */
export type Container = 'preamble' | 'closing' | { readonly section: number }

/** Where a paragraph is in a plan. */
export type Located = { readonly container: Container; readonly path: BlockPath }

/** The blocks of a container. */
export function containerBlocks(plan: Plan, c: Container): readonly Block[] {
  return c === 'preamble'
    ? plan.preamble
    : c === 'closing'
      ? plan.closing
      : (plan.sections[c.section]?.children ?? [])
}

/** The plan with a container's blocks replaced (the closing lines keep only paragraphs). */
export function withContainer(plan: Plan, c: Container, blocks: readonly Block[]): Plan {
  if (c === 'preamble') {
    return { ...plan, preamble: blocks }
  }
  if (c === 'closing') {
    return { ...plan, closing: blocks.filter((b): b is Paragraph => b.type === 'paragraph') }
  }
  return {
    ...plan,
    sections: plan.sections.map((s, i) => (i === c.section ? { ...s, children: blocks } : s)),
  }
}

/** Finds the paragraph `id` in the preamble, a section (at any depth) or the closing lines. */
export function locateParagraph(plan: Plan, id: string): Located | undefined {
  const containers: Container[] = [
    'preamble',
    ...plan.sections.map((_s, section) => ({ section })),
    'closing',
  ]
  for (const container of containers) {
    const path = findParagraph(containerBlocks(plan, container), id)
    if (path) {
      return { container, path }
    }
  }
  return undefined
}

/** A paragraph taken out of a plan, with the plan without it and where it was. */
export type Taken = Located & { readonly paragraph: Paragraph; readonly plan: Plan }

/** Removes the paragraph `id`, leaving everything else where it was. */
export function takeParagraph(plan: Plan, id: string): Taken | undefined {
  const at = locateParagraph(plan, id)
  if (!at) {
    return undefined
  }
  const blocks = containerBlocks(plan, at.container)
  let node: Block | undefined = blocks[at.path[0] ?? 0]
  for (const i of at.path.slice(1)) {
    node = node?.type === 'item' ? node.children[i] : undefined
  }
  return {
    ...at,
    paragraph: node as Paragraph,
    plan: withContainer(plan, at.container, removeAt(blocks, at.path)),
  }
}
