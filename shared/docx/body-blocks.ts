import type { Paragraph } from 'docx'
import type { Numbering } from '../model/numbering'
import { isTitleItem } from '../model/title-item'
import type { Block, Item, Paragraph as ModelParagraph, Section } from '../model/types'
import { modelRuns, textRun } from './inline'
import type { LayoutSettings } from './layout-settings'
import { bodyParagraph } from './paragraphs'

/** What every block builder needs: settings and the computed labels and footnote numbers. */
export type BodyContext = {
  readonly settings: LayoutSettings
  readonly numbering: Numbering
}

type BlockBuilder<B extends Block> = (block: B, ctx: BodyContext) => Paragraph[]

const buildParagraph: BlockBuilder<ModelParagraph> = (block, ctx) => [
  bodyParagraph(
    modelRuns(block.content, { size: ctx.settings.bodySize }, ctx.numbering.footnotes),
    ctx.settings
  ),
]

const buildItem: BlockBuilder<Item> = (block, ctx) => {
  const s = ctx.settings
  const title = isTitleItem(block)
  const label = ctx.numbering.labels.get(block.id) ?? ''
  const runs = modelRuns(
    block.content,
    { size: s.bodySize, bold: block.heading === true },
    ctx.numbering.footnotes
  )
  const head = bodyParagraph(
    [textRun(`${label} `, { size: s.bodySize, bold: title }), ...runs],
    s,
    {
      keepNext: title,
    }
  )
  return [head, ...buildBlocks(block.children, ctx)]
}

/** One builder per block kind. */
const BLOCK_BUILDERS: { readonly [K in Block['type']]: BlockBuilder<Extract<Block, { type: K }>> } =
  {
    paragraph: buildParagraph,
    item: buildItem,
  }

/** Builds blocks in order, each with the builder of its kind. */
export function buildBlocks(blocks: readonly Block[], ctx: BodyContext): Paragraph[] {
  return blocks.flatMap(block => (BLOCK_BUILDERS[block.type] as BlockBuilder<Block>)(block, ctx))
}

/** A body section: `I. MỤC ĐÍCH, YÊU CẦU` in caps bold, then its blocks. */
export function buildSection(section: Section, ctx: BodyContext): Paragraph[] {
  const s = ctx.settings
  const label = ctx.numbering.labels.get(section.id) ?? ''
  const title = section.title.trim().toLocaleUpperCase('vi')
  const heading = bodyParagraph(
    [textRun(`${label} ${title}`, { size: s.bodySize, bold: true })],
    s,
    {
      keepNext: true,
    }
  )
  return [heading, ...buildBlocks(section.children, ctx)]
}

/** Closing paragraphs; the last keeps with the signature table so the signer never stands alone. */
export function buildClosing(closing: readonly ModelParagraph[], ctx: BodyContext): Paragraph[] {
  return closing.map((p, i) =>
    bodyParagraph(
      modelRuns(p.content, { size: ctx.settings.bodySize }, ctx.numbering.footnotes),
      ctx.settings,
      { keepNext: i === closing.length - 1 }
    )
  )
}
