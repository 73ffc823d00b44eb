import type { Block, Paragraph } from '../../model/types'

/** Indexes from a container down through items' children to one block. */
export type BlockPath = readonly number[]

/** The path of the paragraph `id` among `blocks` (at any depth inside items), if present. */
export function findParagraph(blocks: readonly Block[], id: string): BlockPath | undefined {
  for (const [i, b] of blocks.entries()) {
    if (b.type === 'paragraph' && b.id === id) {
      return [i]
    }
    if (b.type === 'item') {
      const inner = findParagraph(b.children, id)
      if (inner) {
        return [i, ...inner]
      }
    }
  }
  return undefined
}

/** What a cut at a path leaves: the blocks before, the paragraph, the blocks after (in order). */
export type Cut = {
  readonly before: readonly Block[]
  readonly paragraph: Paragraph
  readonly after: readonly Block[]
}

/**
 * Cuts `blocks` at the paragraph at `path`. `before` keeps the structure up to it; `after` is
 * what follows it in reading order: its later siblings, then the later siblings of each item
 * that held it, lifted to the top level.
 */
export function cutAt(blocks: readonly Block[], path: BlockPath): Cut {
  const [i = 0, ...rest] = path
  const here = blocks[i] as Block
  if (rest.length === 0) {
    return { before: blocks.slice(0, i), paragraph: here as Paragraph, after: blocks.slice(i + 1) }
  }
  const item = here as Extract<Block, { type: 'item' }>
  const inner = cutAt(item.children, rest)
  return {
    before: [...blocks.slice(0, i), { ...item, children: inner.before }],
    paragraph: inner.paragraph,
    after: [...inner.after, ...blocks.slice(i + 1)],
  }
}

/** `blocks` without the paragraph at `path`, everything else where it was. */
export function removeAt(blocks: readonly Block[], path: BlockPath): readonly Block[] {
  const [i = 0, ...rest] = path
  if (rest.length === 0) {
    return blocks.filter((_b, j) => j !== i)
  }
  return blocks.map((b, j) =>
    j === i && b.type === 'item' ? { ...b, children: removeAt(b.children, rest) } : b
  )
}
