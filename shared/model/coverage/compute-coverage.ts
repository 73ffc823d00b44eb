import { foldVietnamese } from '../../text/fold'
import { runsText } from '../../text/runs'
import type { Taxonomy, TaxonomyItem } from '../taxonomy'
import type { Block, Plan, Tags } from '../types'
import { COVERAGE_KEYWORDS } from './keywords'

/** How an item was found to address an entry: a library tag, its wording, or the clerk. */
export type CoverageSource = 'tag' | 'wording' | 'clerk'

/** A body item or appendix row that addresses a taxonomy entry. */
export type CoverageHit = {
  readonly id: string
  readonly kind: 'block' | 'row'
  readonly text: string
  readonly source: CoverageSource
}

/** One taxonomy entry (dimension or sub-criterion) with what addresses it. */
export type CoverageEntry = {
  readonly code: string
  readonly name: string
  /** 0 for a dimension or area, 1 for a sub-criterion. */
  readonly depth: number
  readonly parent?: string
  readonly hits: readonly CoverageHit[]
}

/** A body item or appendix row that could address entries, with the tags it carries. */
type Candidate = { id: string; kind: 'block' | 'row'; text: string; tags: Tags; context: string }

/**
 * Which body items (Nhiệm vụ, giải pháp and extra sections) and appendix task rows address each
 * entry of the taxonomy: by a library tag on the node or above it (a group row's tag covers its
 * rows), by wording (folded text of the node, and for rows the group label, against the entry's
 * phrases), corrected by the clerk (`plan.coverage.corrections`, the last one per node and code
 * wins: untag or tag). A dimension lists what addresses it or any of its sub-criteria.
 */
export function computeCoverage(plan: Plan, taxonomy: Taxonomy): CoverageEntry[] {
  const candidates = collectCandidates(plan)
  const tagKey = taxonomy.id === 'cchc' ? 'cchc' : 'papi'
  const corrections = plan.coverage?.corrections ?? []
  const direct = (code: string): CoverageHit[] => {
    const phrases = phrasesOf(code, taxonomy)
    return candidates.flatMap((c): CoverageHit[] => {
      const mine = corrections.filter(k => k.id === c.id && k.code === code)
      const verdict = mine[mine.length - 1]
      if (verdict) {
        return verdict.covers
          ? [{ id: c.id, kind: c.kind, text: c.text, source: 'clerk' as const }]
          : []
      }
      const source: CoverageSource | undefined =
        c.tags[tagKey] === code
          ? 'tag'
          : phrases.some(p => c.text.includes(p) || c.context.includes(p))
            ? 'wording'
            : undefined
      return source ? [{ id: c.id, kind: c.kind, text: c.text, source }] : []
    })
  }
  const entries: CoverageEntry[] = []
  const walk = (items: readonly TaxonomyItem[], depth: number, parent?: string): CoverageHit[] => {
    const all: CoverageHit[] = []
    for (const item of items) {
      const at = entries.length
      entries.push({
        code: item.code,
        name: item.name,
        depth,
        ...(parent ? { parent } : {}),
        hits: [],
      })
      const hits = [...direct(item.code), ...walk(item.children ?? [], depth + 1, item.code)]
      const unique = hits.filter((h, k) => hits.findIndex(o => o.id === h.id) === k)
      entries[at] = { ...(entries[at] as CoverageEntry), hits: unique }
      all.push(...unique)
    }
    return all
  }
  walk(taxonomy.items, 0)
  return entries.map(e => ({
    ...e,
    hits: e.hits.map(h => ({ ...h, text: originalText(h, plan) })),
  }))
}

const phraseCache = new WeakMap<Taxonomy, Map<string, readonly string[]>>()

function phrasesOf(code: string, taxonomy: Taxonomy): readonly string[] {
  let cache = phraseCache.get(taxonomy)
  if (!cache) {
    cache = new Map()
    phraseCache.set(taxonomy, cache)
  }
  const cached = cache.get(code)
  if (cached) {
    return cached
  }
  const walk = (items: readonly TaxonomyItem[]): TaxonomyItem | undefined =>
    items.reduce<TaxonomyItem | undefined>(
      (found, i) => found ?? (i.code === code ? i : walk(i.children ?? [])),
      undefined
    )
  const name = walk(taxonomy.items)?.name ?? ''
  const phrases = [
    foldVietnamese(name.replace(/\s*\(.*\)$/, '')),
    ...(COVERAGE_KEYWORDS[code] ?? []),
  ].filter(p => p.length > 3)
  cache.set(code, phrases)
  return phrases
}

function collectCandidates(plan: Plan): Candidate[] {
  const out: Candidate[] = []
  const walk = (blocks: readonly Block[], tags: Tags): void => {
    for (const b of blocks) {
      const own = { ...tags, ...b.tags }
      out.push({
        id: b.id,
        kind: 'block',
        text: foldVietnamese(runsText(b.content)),
        tags: own,
        context: '',
      })
      if (b.type === 'item') {
        walk(b.children, own)
      }
    }
  }
  for (const s of plan.sections) {
    if (s.role === 'tasks' || s.role === 'extra') {
      walk(s.children, s.tags ?? {})
    }
  }
  for (const a of plan.appendices) {
    let group: { tags: Tags; label: string } = { tags: {}, label: '' }
    for (const row of a.rows) {
      if (row.type === 'group') {
        group = { tags: row.tags ?? {}, label: foldVietnamese(row.label) }
        continue
      }
      const text = foldVietnamese(`${row.fields.criterion ?? ''}\n${row.fields.task ?? ''}`)
      out.push({
        id: row.id,
        kind: 'row',
        text,
        tags: { ...group.tags, ...row.tags },
        context: group.label,
      })
    }
  }
  return out
}

/** The readable text of a hit (the folded one is only for matching). */
function originalText(hit: CoverageHit, plan: Plan): string {
  if (hit.kind === 'row') {
    for (const a of plan.appendices) {
      const row = a.rows.find(r => r.id === hit.id)
      if (row?.type === 'task') {
        return row.fields.task ?? row.fields.criterion ?? ''
      }
    }
    return ''
  }
  const find = (blocks: readonly Block[]): string | undefined => {
    for (const b of blocks) {
      if (b.id === hit.id) {
        return runsText(b.content)
      }
      const inner = b.type === 'item' ? find(b.children) : undefined
      if (inner !== undefined) {
        return inner
      }
    }
    return undefined
  }
  return plan.sections.reduce<string | undefined>((t, s) => t ?? find(s.children), undefined) ?? ''
}
