import { isTitleItem } from '../../../shared/model/title-item'
import type { Block, Item, Paragraph } from '../../../shared/model/types'
import { BodyLine } from './BodyLine'
import { InlineRuns } from './InlineRuns'
import { useNumbering } from './page-context'

/** An unnumbered body paragraph. */
export function ParagraphBlock({ paragraph }: { paragraph: Paragraph }) {
  return (
    <div
      className="pg-block pg-block--paragraph"
      data-block-id={paragraph.id}
      data-testid={`paragraph-${paragraph.id}`}
    >
      <BodyLine>
        <InlineRuns runs={paragraph.content} />
      </BodyLine>
    </div>
  )
}

/** A numbered or bulleted item: its own line with the computed label, then its children. */
export function ItemBlock({ item }: { item: Item }) {
  const { labels } = useNumbering()
  return (
    <div
      className={`pg-block pg-block--item pg-item--${item.style}`}
      data-block-id={item.id}
      data-testid={`item-${item.id}`}
    >
      <BodyLine label={labels.get(item.id) ?? ''} heading={isTitleItem(item)}>
        <InlineRuns runs={item.content} />
      </BodyLine>
      <BlockList blocks={item.children} />
    </div>
  )
}

/** Renders one block by kind. */
export function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return <ParagraphBlock paragraph={block} />
    case 'item':
      return <ItemBlock item={block} />
  }
}

/** A list of blocks (preamble, section or item children). */
export function BlockList({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map(block => (
        <BlockView key={block.id} block={block} />
      ))}
    </>
  )
}
