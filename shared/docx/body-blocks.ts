import type { Paragraph } from 'docx'
import type { Numbering } from '../model/numbering'
import { isTitleItem } from '../model/title-item'
import type { Block, Item, Paragraph as ModelParagraph, Section } from '../model/types'
import { modelRuns, textRun } from './inline'
import type { LayoutSettings } from './layout-settings'
import type { ParagraphHook } from './paragraph-hook'
import { bodyParagraph } from './paragraphs'

/**
 * What every block builder needs: settings, the computed labels and footnote numbers, and an
 * optional hook that draws something over the units (tracked changes).
 */
export type BodyContext = {
  readonly settings: LayoutSettings
  readonly numbering: Numbering
  readonly hook?: ParagraphHook
}

type BlockBuilder<B extends Block> = (block: B, ctx: BodyContext) => Paragraph[]

const buildParagraph: BlockBuilder<ModelParagraph> = (block, ctx) => {
  const key = `block:${block.id}`
  const style = { size: ctx.settings.bodySize }
  const runs =
    ctx.hook?.content(key, style) ?? modelRuns(block.content, style, ctx.numbering.footnotes)
  return [
    ...(ctx.hook?.before(key) ?? []),
    bodyParagraph(runs, ctx.settings, { run: ctx.hook?.mark(key) }),
  ]
}

const buildItem: BlockBuilder<Item> = (block, ctx) => {
  const s = ctx.settings
  const title = isTitleItem(block)
  const label = ctx.numbering.labels.get(block.id) ?? ''
  const key = `block:${block.id}`
  const style = { size: s.bodySize, bold: block.heading === true }
  const runs =
    ctx.hook?.content(key, style) ?? modelRuns(block.content, style, ctx.numbering.footnotes)
  const labelStyle = { size: s.bodySize, bold: title }
  const number = ctx.hook?.label(key, `${label} `, labelStyle) ?? textRun(`${label} `, labelStyle)
  const head = bodyParagraph([number, ...runs], s, { keepNext: title, run: ctx.hook?.mark(key) })
  return [...(ctx.hook?.before(key) ?? []), head, ...buildBlocks(block.children, ctx)]
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
  const key = `section-title:${section.id}`
  const style = { size: s.bodySize, bold: true }
  const tracked = ctx.hook?.content(key, style)
  const runs =
    tracked === undefined
      ? [textRun(`${label} ${title}`, style)]
      : [ctx.hook?.label(key, `${label} `, style) ?? textRun(`${label} `, style), ...tracked]
  const heading = bodyParagraph(runs, s, { keepNext: true, run: ctx.hook?.mark(key) })
  return [...(ctx.hook?.before(key) ?? []), heading, ...buildBlocks(section.children, ctx)]
}

/**
 * Closing paragraphs; the last keeps with the signature table so the signer never stands alone.
 * A hook's `end` paragraphs come last.
 */
export function buildClosing(closing: readonly ModelParagraph[], ctx: BodyContext): Paragraph[] {
  const style = { size: ctx.settings.bodySize }
  const end = ctx.hook?.before('end') ?? []
  return [
    ...closing.flatMap((p, i) => {
      const key = `block:${p.id}`
      const runs =
        ctx.hook?.content(key, style) ?? modelRuns(p.content, style, ctx.numbering.footnotes)
      const last = i === closing.length - 1 && end.length === 0
      return [
        ...(ctx.hook?.before(key) ?? []),
        bodyParagraph(runs, ctx.settings, { keepNext: last, run: ctx.hook?.mark(key) }),
      ]
    }),
    ...end,
  ]
}
