import { agencyLevel } from '../model/agency-level'
import type { Block, Plan, SectionRole, TableRow, Tags, TaskRow } from '../model/types'
import { fragmentText } from './fragment-text'
import type { ClauseDraft, ClauseFragment, ClauseSource, ClauseTags } from './types'

/** Where a block sits: the nearest PAPI/CCHC tags above it and its section's role. */
type Context = { readonly tags: Tags; readonly section?: SectionRole }

function inherit(outer: Tags, own: Tags | undefined): Tags {
  return { papi: own?.papi ?? outer.papi, cchc: own?.cchc ?? outer.cchc }
}

function clauseTags(context: Context): ClauseTags {
  const { papi, cchc } = context.tags
  return {
    ...(papi ? { papi } : {}),
    ...(cchc ? { cchc } : {}),
    ...(context.section ? { section: context.section } : {}),
  }
}

/** The source of a plan's clauses: the given fields, else what the plan itself says. */
export function planSource(plan: Plan, source: ClauseSource = {}): ClauseSource {
  const issuer = plan.header.issuerName ?? plan.header.agency.filter(line => line.trim()).join(' ')
  const merged: ClauseSource = {
    title: plan.subject.trim() || undefined,
    issuer: issuer || undefined,
    level: agencyLevel(plan.header),
    year: plan.header.date.year,
    ...source,
  }
  return Object.fromEntries(
    Object.entries(merged).filter(([, value]) => value !== undefined && value !== '')
  )
}

/**
 * Turns a plan into clause drafts: every căn cứ line, preamble/body/closing paragraph, item
 * subtree (at every depth), section heading, appendix task row and recipient line, each tagged
 * with the PAPI/CCHC tags and section role it sits under. Empty pieces are skipped.
 */
export function harvestPlan(plan: Plan, source: ClauseSource = {}): ClauseDraft[] {
  const from = planSource(plan, source)
  const drafts: ClauseDraft[] = []
  const push = (fragment: ClauseFragment, context: Context): void => {
    const text = fragmentText(fragment)
    if (text !== '') {
      drafts.push({ kind: fragment.kind, fragment, text, tags: clauseTags(context), source: from })
    }
  }
  const walk = (blocks: readonly Block[], outer: Context): void => {
    for (const block of blocks) {
      const context = { ...outer, tags: inherit(outer.tags, block.tags) }
      push({ kind: block.type, block }, context)
      if (block.type === 'item') {
        walk(block.children, context)
      }
    }
  }
  const root: Context = { tags: {} }
  for (const line of plan.bases) {
    push({ kind: 'basis', line }, root)
  }
  walk(plan.preamble, root)
  for (const section of plan.sections) {
    const context: Context = { tags: inherit({}, section.tags), section: section.role }
    push({ kind: 'section-heading', text: section.title }, context)
    walk(section.children, context)
  }
  walk(plan.closing, root)
  for (const appendix of plan.appendices) {
    harvestRows(appendix.rows, row => push({ kind: 'task-row', row: row.row }, row.context))
  }
  for (const recipient of plan.recipients) {
    push({ kind: 'recipient', text: recipient.text }, root)
  }
  return drafts
}

/**
 * Task rows with the tags of the group row above them; a row that shares the criterion of the
 * row above gets that criterion written out, so it stands alone in the library.
 */
function harvestRows(
  rows: readonly TableRow[],
  emit: (entry: { row: TaskRow; context: Context }) => void
): void {
  let groupTags: Tags = {}
  let criterion: string | undefined
  for (const row of rows) {
    if (row.type === 'group') {
      groupTags = inherit({}, row.tags)
      criterion = undefined
      continue
    }
    const own = row.fields.criterion?.trim() ? row.fields.criterion : undefined
    const shared = row.sameCriterion ? criterion : undefined
    criterion = own ?? shared ?? criterion
    const fields = { ...row.fields, ...((own ?? shared) ? { criterion: own ?? shared } : {}) }
    const standalone: TaskRow = {
      type: 'task',
      id: row.id,
      fields,
      ...(row.tags ? { tags: row.tags } : {}),
    }
    emit({ row: standalone, context: { tags: inherit(groupTags, row.tags) } })
  }
}
