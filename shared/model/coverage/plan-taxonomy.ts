import { foldVietnamese } from '../../text/fold'
import type { Taxonomy } from '../taxonomy'
import type { Block, Plan } from '../types'

/**
 * The taxonomy the plan answers to: the clerk's choice, else the one its tags use, else the one
 * its subject names (PAPI; CCHC, cải cách hành chính, PAR Index). Undefined for other plans.
 */
export function planTaxonomy(plan: Plan, taxonomies: readonly Taxonomy[]): Taxonomy | undefined {
  const byId = (id: string) => taxonomies.find(t => t.id === id)
  const chosen = plan.coverage?.taxonomy
  if (chosen) {
    return byId(chosen)
  }
  const tags = { papi: 0, cchc: 0 }
  const count = (blocks: readonly Block[]): void =>
    blocks.forEach(b => {
      tags.papi += b.tags?.papi ? 1 : 0
      tags.cchc += b.tags?.cchc ? 1 : 0
      if (b.type === 'item') {
        count(b.children)
      }
    })
  plan.sections.forEach(s => count(s.children))
  plan.appendices.forEach(a =>
    a.rows.forEach(r => {
      tags.papi += r.tags?.papi ? 1 : 0
      tags.cchc += r.tags?.cchc ? 1 : 0
    })
  )
  if (tags.papi !== tags.cchc) {
    return byId(tags.papi > tags.cchc ? 'papi' : 'cchc')
  }
  const subject = foldVietnamese(plan.subject)
  if (/\bpapi\b|quan tri va hanh chinh cong/.test(subject)) {
    return byId('papi')
  }
  if (/\bcchc\b|cai cach hanh chinh|par ?index/.test(subject)) {
    return byId('cchc')
  }
  return undefined
}
