import type {
  AgencyLevel,
  Block,
  Plan,
  PlanDate,
  TableNumbering,
  TableRow,
} from '../../../../shared/model/types'

/** The expected outline of one section: one line per item, `  ` per depth, `style text`. */
export type SectionItems = { readonly section: number; readonly lines: readonly string[] }

/** The plan facts a corpus document must yield. */
export type Expected = {
  readonly header?: {
    readonly parentAgency?: readonly string[]
    readonly agency?: readonly string[]
    readonly agencyAbbr?: string
    readonly number?: string
    readonly place?: string
    readonly date?: PlanDate
    readonly level?: AgencyLevel
  }
  readonly subject?: string
  /** Section titles in order. */
  readonly sections?: readonly string[]
  /** Outline of section `section`: one line per item, `  ` per depth, `style text`. */
  readonly items?: SectionItems | readonly SectionItems[]
  readonly recipients?: readonly string[]
  readonly archive?: string
  readonly signature?: { readonly lines: readonly string[]; readonly signer: string }
  /** Appendix titles, their rows (`G label` or `T field=value|…`) and group numbering style. */
  readonly appendices?: readonly {
    readonly title: string
    readonly rows: readonly string[]
    readonly groups?: TableNumbering['group']
  }[]
}

/** One corpus document: a construct name, its bytes and expected facts. */
export type CorpusCase = {
  readonly name: string
  readonly bytes: Uint8Array
  readonly expected: Expected
}

/** A field compared: name, expected and actual values as JSON. */
export type FieldCheck = { readonly field: string; readonly want: string; readonly got: string }

/** Result of comparing a plan with its expected facts. */
export type Comparison = {
  readonly fields: readonly FieldCheck[]
  readonly rows: readonly FieldCheck[]
}

const j = (x: unknown): string => JSON.stringify(x ?? null)

/** Outline lines of blocks (items only). */
export function outlineLines(blocks: readonly Block[], depth = 0): string[] {
  return blocks.flatMap(b =>
    b.type === 'item'
      ? [
          `${'  '.repeat(depth)}${b.style} ${b.content.map(c => ('text' in c ? c.text : '')).join('')}`,
          ...outlineLines(b.children, depth + 1),
        ]
      : []
  )
}

/** One appendix row as a compact line. */
export function rowLine(row: TableRow): string {
  return row.type === 'group'
    ? `G ${row.label}`
    : `T ${Object.entries(row.fields)
        .map(([k, v]) => `${k}=${v}`)
        .join('|')}`
}

/** Compares a plan with expected facts: header/sign-off fields and appendix rows. */
export function comparePlan(plan: Plan, e: Expected): Comparison {
  const fields: FieldCheck[] = []
  const add = (field: string, want: unknown, got: unknown): void => {
    if (want !== undefined) {
      fields.push({ field, want: j(want), got: j(got) })
    }
  }
  for (const [k, v] of Object.entries(e.header ?? {})) {
    add(`header.${k}`, v, (plan.header as Record<string, unknown>)[k])
  }
  add('subject', e.subject, plan.subject)
  add(
    'sections',
    e.sections,
    plan.sections.map(s => s.title)
  )
  for (const items of e.items === undefined ? [] : 'lines' in e.items ? [e.items] : e.items) {
    add(
      `items[${items.section}]`,
      items.lines,
      outlineLines(plan.sections[items.section]?.children ?? [])
    )
  }
  add(
    'recipients',
    e.recipients,
    plan.recipients.map(r => r.text)
  )
  add('archive', e.archive, plan.archive)
  if (e.signature) {
    add(
      'signature.lines',
      e.signature.lines,
      plan.signature.lines.map(l => (l.prefix ? `${l.prefix}. ${l.text}` : l.text))
    )
    add('signature.signer', e.signature.signer, plan.signature.signer)
  }
  const rows: FieldCheck[] = []
  e.appendices?.forEach((a, i) => {
    const got = plan.appendices[i]
    add(`appendix[${i}].title`, a.title, got?.title)
    add(`appendix[${i}].groups`, a.groups, got?.numbering.group)
    a.rows.forEach((want, k) => {
      const row = got?.rows[k]
      rows.push({ field: `appendix[${i}].row[${k}]`, want, got: row ? rowLine(row) : '' })
    })
  })
  return { fields, rows }
}

/** Share (percent) of checks whose expected and actual values agree. */
export function pctRight(checks: readonly FieldCheck[]): number {
  return checks.length === 0
    ? 100
    : (100 * checks.filter(c => c.want === c.got).length) / checks.length
}

/** A plan with nothing read, to score a failed import (every expected fact counts as wrong). */
export const NOTHING_READ: Plan = {
  header: { agency: [], agencyAbbr: '', place: '', date: {} },
  subject: '',
  bases: [],
  preamble: [],
  sections: [],
  closing: [],
  recipients: [],
  archive: '',
  signature: { lines: [], signer: '' },
  appendices: [],
}
