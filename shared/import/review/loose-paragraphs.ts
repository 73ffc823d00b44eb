import type { Block, Plan } from '../../model/types'
import { runsText } from '../../text/runs'

/** Where a loose paragraph sits: the preamble, a section (by id), or the closing lines. */
export type LooseWhere =
  | { readonly kind: 'preamble' }
  | { readonly kind: 'section'; readonly sectionId: string; readonly role: string }
  | { readonly kind: 'closing' }

/** A plain paragraph the import could not give a role: a candidate to move. */
export type LooseParagraph = {
  readonly id: string
  readonly text: string
  readonly where: LooseWhere
  /** Whether it is a continuation paragraph inside an item (typed under `1.`, `a)` …). */
  readonly nested: boolean
}

/**
 * Every plain paragraph of the preamble, the sections (also those inside items, where running
 * text after a numbered line lands) and the closing lines, in reading order: what an import left
 * as running text and the clerk may give another role in review.
 */
export function looseParagraphs(plan: Plan): LooseParagraph[] {
  const out: LooseParagraph[] = []
  const add = (blocks: readonly Block[], where: LooseWhere, nested: boolean): void => {
    for (const b of blocks) {
      if (b.type === 'paragraph') {
        out.push({ id: b.id, text: runsText(b.content), where, nested })
      } else {
        add(b.children, where, true)
      }
    }
  }
  add(plan.preamble, { kind: 'preamble' }, false)
  for (const s of plan.sections) {
    add(s.children, { kind: 'section', sectionId: s.id, role: s.role }, false)
  }
  add(plan.closing, { kind: 'closing' }, false)
  return out
}
