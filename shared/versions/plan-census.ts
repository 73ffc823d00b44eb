import type { Block, Plan, TableRow } from '../model/types'

/** A body block as the summary compares it: its kind, parent, and a signature of its own text. */
export type BlockEntry = {
  readonly kind: 'item' | 'paragraph'
  /** Id of the section or item it sits in; `preamble` / `closing` for those lists. */
  readonly parent: string
  /** Own content and numbering style (not its children: a changed child is not a changed item). */
  readonly sig: string
}

/** An appendix as the summary compares it: its title and columns, and a signature per row. */
export type AppendixEntry = {
  readonly sig: string
  readonly rows: ReadonlyMap<string, string>
}

/** Every comparable part of a plan, keyed by id (ids survive edits, see model/ids.ts). */
export type PlanCensus = {
  readonly head: string
  readonly subject: string
  readonly signoff: string
  readonly blocks: ReadonlyMap<string, BlockEntry>
  /** Body block ids per parent, in document order (for counting moves). */
  readonly order: ReadonlyMap<string, readonly string[]>
  readonly sections: ReadonlyMap<string, string>
  readonly bases: ReadonlyMap<string, string>
  readonly recipients: ReadonlyMap<string, string>
  readonly appendices: ReadonlyMap<string, AppendixEntry>
  readonly settings: string
}

const sig = (value: unknown): string => JSON.stringify(value)

/** Collects the parts of a plan the version summary counts. Pure; linear in the plan's size. */
export function planCensus(plan: Plan): PlanCensus {
  const blocks = new Map<string, BlockEntry>()
  const order = new Map<string, string[]>()
  const walk = (list: readonly Block[], parent: string): void => {
    const ids: string[] = []
    for (const b of list) {
      ids.push(b.id)
      if (b.type === 'item') {
        blocks.set(b.id, {
          kind: 'item',
          parent,
          sig: sig([b.style, b.heading, b.content, b.tags]),
        })
        walk(b.children, b.id)
      } else {
        blocks.set(b.id, { kind: 'paragraph', parent, sig: sig([b.content, b.tags]) })
      }
    }
    order.set(parent, ids)
  }
  walk(plan.preamble, 'preamble')
  for (const section of plan.sections) {
    walk(section.children, section.id)
  }
  walk(plan.closing, 'closing')
  const rowSig = (r: TableRow) => sig(r)
  return {
    head: sig(plan.header),
    subject: plan.subject,
    signoff: sig([plan.signature, plan.archive]),
    blocks,
    order,
    sections: new Map(plan.sections.map(s => [s.id, sig([s.title, s.tags])])),
    bases: new Map(plan.bases.map(b => [b.id, sig(b.content)])),
    recipients: new Map(plan.recipients.map(r => [r.id, r.text])),
    appendices: new Map(
      plan.appendices.map(a => [
        a.id,
        {
          sig: sig([a.title, a.columns, a.numbering, a.landscape]),
          rows: new Map(a.rows.map(r => [r.id, rowSig(r)])),
        },
      ])
    ),
    settings: sig([plan.proofing, plan.coverage]),
  }
}
