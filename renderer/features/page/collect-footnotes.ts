import type { Block, Plan, Run, TextRun } from '../../../shared/model/types'

/** A footnote with its body, in order of appearance. */
export type FootnoteEntry = {
  readonly id: string
  readonly content: readonly TextRun[]
}

/** Every footnote of the plan body in the order `numberPlan` numbers them. */
export function collectFootnotes(plan: Plan): readonly FootnoteEntry[] {
  const out: FootnoteEntry[] = []
  const fromRuns = (runs: readonly Run[]): void => {
    for (const run of runs) {
      if ('type' in run) {
        out.push({ id: run.id, content: run.content })
      }
    }
  }
  const walk = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      fromRuns(block.content)
      if (block.type === 'item') {
        walk(block.children)
      }
    }
  }
  plan.bases.forEach(basis => fromRuns(basis.content))
  walk(plan.preamble)
  plan.sections.forEach(section => walk(section.children))
  plan.closing.forEach(paragraph => fromRuns(paragraph.content))
  return out
}
