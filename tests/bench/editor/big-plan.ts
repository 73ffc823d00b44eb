import type { Appendix, Block, Plan, Run, TableRow } from '../../../shared/model/types'

/** Counts of a plan's body and tables, to check the replicated plan has the intended size. */
export type PlanSize = {
  /** Every body block (paragraphs and items at every depth, preamble and closing included). */
  readonly blocks: number
  /** Body paragraphs (`type: 'paragraph'` at any depth, closing included). */
  readonly paragraphs: number
  readonly items: number
  readonly sections: number
  /** Rows of every appendix (task and group rows). */
  readonly rows: number
  readonly taskRows: number
  /** Editable cells (task rows × non-index columns, plus one per group row). */
  readonly cells: number
  /** Characters of body text. */
  readonly bodyChars: number
}

/**
 * A plan `factor` times the size of `plan`: each section's children and each appendix's rows
 * repeated `factor` times, every copy (the first included) with fresh ids unique in the plan.
 * Ids are deterministic (`big-<n>`), so two runs build identical files.
 */
export function replicatePlan(plan: Plan, factor: number): Plan {
  let next = 0
  const fresh = () => `big-${(next += 1)}`
  const runs = (content: readonly Run[]): Run[] =>
    content.map(run =>
      'type' in run
        ? { ...run, id: fresh(), content: run.content.map(r => ({ ...r })) }
        : { ...run }
    )
  const block = (b: Block): Block =>
    b.type === 'paragraph'
      ? { ...b, id: fresh(), content: runs(b.content) }
      : { ...b, id: fresh(), content: runs(b.content), children: b.children.map(block) }
  const row = (r: TableRow): TableRow => ({ ...r, id: fresh() })
  const repeat = <T>(list: readonly T[], copy: (item: T) => T): T[] =>
    Array.from({ length: factor }, () => list.map(copy)).flat()
  return {
    ...plan,
    sections: plan.sections.map(section => ({
      ...section,
      children: repeat(section.children, block),
    })),
    appendices: plan.appendices.map((appendix): Appendix => ({
      ...appendix,
      rows: repeat(appendix.rows, row),
    })),
  }
}

/** Counts blocks, paragraphs, rows and cells of a plan. */
export function planSize(plan: Plan): PlanSize {
  let paragraphs = 0
  let items = 0
  let bodyChars = 0
  const text = (content: readonly Run[]) =>
    content.reduce((n, run) => n + ('type' in run ? 0 : run.text.length), 0)
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      bodyChars += text(b.content)
      if (b.type === 'paragraph') {
        paragraphs += 1
      } else {
        items += 1
        walk(b.children)
      }
    }
  }
  walk(plan.preamble)
  plan.sections.forEach(section => walk(section.children))
  walk(plan.closing)
  const rows = plan.appendices.flatMap(a => a.rows.map(r => ({ r, a })))
  const taskRows = rows.filter(({ r }) => r.type === 'task').length
  const cells = rows.reduce(
    (n, { r, a }) => n + (r.type === 'task' ? a.columns.filter(c => c.kind !== 'index').length : 1),
    0
  )
  return {
    blocks: paragraphs + items,
    paragraphs,
    items,
    sections: plan.sections.length,
    rows: rows.length,
    taskRows,
    cells,
    bodyChars,
  }
}

/** Every id in the plan's body and tables, to check that the copies did not reuse one. */
export function planIds(plan: Plan): string[] {
  const ids: string[] = []
  const runs = (content: readonly Run[]) =>
    content.forEach(run => ('type' in run ? ids.push(run.id) : undefined))
  const walk = (blocks: readonly Block[]) =>
    blocks.forEach(b => {
      ids.push(b.id)
      runs(b.content)
      if (b.type === 'item') {
        walk(b.children)
      }
    })
  walk(plan.preamble)
  plan.sections.forEach(section => {
    ids.push(section.id)
    walk(section.children)
  })
  walk(plan.closing)
  plan.appendices.forEach(a => {
    ids.push(a.id)
    a.rows.forEach(r => ids.push(r.id))
  })
  return ids
}
