import { Document, LineRuleType } from 'docx'
import type { Paragraph, Table } from 'docx'
import { numberPlan } from '../model/numbering'
import { coreProperties } from './core-properties'
import type { Block, Plan, Run } from '../model/types'
import { buildAppendixSection } from './appendix-section'
import { buildBlocks, buildClosing, buildSection } from './body-blocks'
import type { BodyContext } from './body-blocks'
import { withEndMark } from './end-marks'
import { buildHeaderBlock } from './header-block'
import { footnoteBodies } from './inline'
import { DEFAULT_LAYOUT } from './layout-settings'
import type { LayoutSettings } from './layout-settings'
import { pageSection } from './sections'
import { buildSignatureBlock } from './signature-block'
import { buildTitleBlock } from './title-block'
import { draftMark } from './draft-mark'
import type { ParagraphHook } from './paragraph-hook'
import { FONT_SLOTS, ptToHalfPoints } from './units'

function blockRuns(blocks: readonly Block[]): (readonly Run[])[] {
  return blocks.flatMap(b => [b.content, ...(b.type === 'item' ? blockRuns(b.children) : [])])
}

/** Every run list of the plan that may carry a footnote, in document order. */
function allRuns(plan: Plan): (readonly Run[])[] {
  return [
    ...plan.bases.map(b => b.content),
    ...blockRuns(plan.preamble),
    ...plan.sections.flatMap(sec => blockRuns(sec.children)),
    ...plan.closing.map(p => p.content),
  ]
}

/**
 * Builds the Word document of a plan, following Nghị định 30/2020, Phụ lục I: the main text in
 * a portrait section, each appendix in its own (landscape) section with page numbers from 1.
 * Pure: no I/O; pack it with `Packer.toBuffer` on the Node side. `draft` marks page 1 `DỰ THẢO`
 * (a plan exported while it still has errors). `hook` draws over the units of the title and body
 * (the tracked changes of a comparison, see shared/lineage/compare/).
 */
export function buildDocument(
  source: Plan,
  settings: LayoutSettings = DEFAULT_LAYOUT,
  options: { readonly draft?: boolean; readonly hook?: ParagraphHook } = {}
): Document {
  const s = settings
  const plan = withEndMark(source)
  const numbering = numberPlan(plan)
  const { hook } = options
  const ctx: BodyContext = { settings: s, numbering, ...(hook === undefined ? {} : { hook }) }
  const main: (Paragraph | Table)[] = [
    ...(options.draft === true ? [draftMark()] : []),
    buildHeaderBlock(plan.header, s, hook?.lines),
    ...buildTitleBlock(plan, s, numbering.footnotes, hook),
    ...buildBlocks(plan.preamble, ctx),
    ...plan.sections.flatMap(section => buildSection(section, ctx)),
    ...buildClosing(plan.closing, ctx),
    buildSignatureBlock(plan, s, hook?.lines),
  ]
  const count = plan.appendices.length
  return new Document({
    ...coreProperties(plan),
    styles: {
      default: {
        document: {
          run: { font: FONT_SLOTS, size: ptToHalfPoints(s.bodySize), color: '000000' },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: [
        {
          id: 'FootnoteText',
          name: 'footnote text',
          basedOn: 'Normal',
          run: { font: FONT_SLOTS, size: ptToHalfPoints(s.footnoteSize) },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      ],
    },
    footnotes: footnoteBodies(allRuns(plan), numbering.footnotes, s.footnoteSize),
    sections: [
      pageSection(s, main, { landscape: false, restartNumbering: false }),
      ...plan.appendices.map((a, i) =>
        buildAppendixSection(a, i, count, plan.header, s, hook?.table)
      ),
    ],
  })
}
