import type { Plan } from '../model/types'
import { movedIds } from './moved-ids'
import { planCensus, type PlanCensus } from './plan-census'

/** Counts of one kind of part between two versions. */
type Tally = { added: number; removed: number; changed: number; moved: number }

const MINUS = '\u2212'

function tally<V>(
  before: ReadonlyMap<string, V>,
  after: ReadonlyMap<string, V>,
  same: (a: V, b: V) => boolean = (a, b) => a === b
): Tally {
  const t: Tally = { added: 0, removed: 0, changed: 0, moved: 0 }
  for (const [id, value] of after) {
    const old = before.get(id)
    if (old === undefined) {
      t.added++
    } else if (!same(old, value)) {
      t.changed++
    }
  }
  for (const id of before.keys()) {
    if (!after.has(id)) {
      t.removed++
    }
  }
  return t
}

/** `+3 mục`, `−1 mục`, `sửa 2 mục`, `chuyển 1 mục`: the non-zero counts of a tally. */
function phrases(t: Tally, noun: string): string[] {
  return [
    t.added > 0 ? `+${t.added} ${noun}` : '',
    t.removed > 0 ? `${MINUS}${t.removed} ${noun}` : '',
    t.changed > 0 ? `sửa ${t.changed} ${noun}` : '',
    t.moved > 0 ? `chuyển ${t.moved} ${noun}` : '',
  ].filter(p => p !== '')
}

/** Items and paragraphs: added, removed, edited (own text or style) and moved (parent or order). */
function blockTallies(a: PlanCensus, b: PlanCensus): { items: Tally; paragraphs: Tally } {
  const items: Tally = { added: 0, removed: 0, changed: 0, moved: 0 }
  const paragraphs: Tally = { added: 0, removed: 0, changed: 0, moved: 0 }
  const of = (kind: 'item' | 'paragraph') => (kind === 'item' ? items : paragraphs)
  for (const [id, entry] of b.blocks) {
    const old = a.blocks.get(id)
    if (!old) {
      of(entry.kind).added++
      continue
    }
    if (old.sig !== entry.sig) {
      of(entry.kind).changed++
    }
    if (old.parent !== entry.parent) {
      of(entry.kind).moved++
    }
  }
  for (const [id, entry] of a.blocks) {
    if (!b.blocks.has(id)) {
      of(entry.kind).removed++
    }
  }
  // Within a parent that kept them, the blocks out of their old relative order moved.
  for (const [parent, after] of b.order) {
    const kept = after.filter(id => a.blocks.get(id)?.parent === parent)
    const before = (a.order.get(parent) ?? []).filter(id => b.blocks.get(id)?.parent === parent)
    if (kept.length > 1) {
      for (const id of movedIds(before, kept)) {
        of(b.blocks.get(id)!.kind).moved++
      }
    }
  }
  return { items, paragraphs }
}

function appendixPhrases(a: PlanCensus, b: PlanCensus): string[] {
  const whole = tally(a.appendices, b.appendices, (x, y) => x.sig === y.sig)
  const rows: Tally = { added: 0, removed: 0, changed: 0, moved: 0 }
  for (const [id, entry] of b.appendices) {
    const old = a.appendices.get(id)
    if (old) {
      const t = tally(old.rows, entry.rows)
      rows.added += t.added
      rows.removed += t.removed
      rows.changed += t.changed
    }
  }
  const rowText = phrases(rows, 'dòng')
  return [
    ...phrases(whole, 'phụ lục'),
    ...(rowText.length > 0 ? [`Phụ lục: ${rowText.join(', ')}`] : []),
  ]
}

/** What a first version holds: `Bản đầu tiên: 3 phần, 12 mục, 30 đoạn, 1 phụ lục`. */
function firstSummary(c: PlanCensus): string {
  const kinds = [...c.blocks.values()]
  const items = kinds.filter(k => k.kind === 'item').length
  const counts: [number, string][] = [
    [items, 'mục'],
    [kinds.length - items, 'đoạn'],
    [c.appendices.size, 'phụ lục'],
  ]
  const parts = [
    `${c.sections.size} phần`,
    ...counts.filter(([n]) => n > 0).map(([n, noun]) => `${n} ${noun}`),
  ]
  return `Bản đầu tiên: ${parts.join(', ')}`
}

/**
 * A short Vietnamese summary of what changed from `before` to `after`, for the version list:
 * `+3 mục, sửa 5 đoạn, Phụ lục: +2 dòng`. Parts are matched by id; without `before`, it says what
 * the first version holds. Pure and linear in the plans' size.
 */
export function summariseChanges(before: Plan | undefined, after: Plan): string {
  return summariseCensus(before && planCensus(before), planCensus(after))
}

/** summariseChanges on censuses already taken (a save keeps the last one for the next save). */
export function summariseCensus(a: PlanCensus | undefined, b: PlanCensus): string {
  if (!a) {
    return firstSummary(b)
  }
  const { items, paragraphs } = blockTallies(a, b)
  const parts = [
    a.subject !== b.subject ? 'sửa trích yếu' : '',
    a.head !== b.head ? 'sửa phần đầu' : '',
    ...phrases(tally(a.bases, b.bases), 'căn cứ'),
    ...phrases(tally(a.sections, b.sections), 'phần'),
    ...phrases(items, 'mục'),
    ...phrases(paragraphs, 'đoạn'),
    ...phrases(tally(a.recipients, b.recipients), 'nơi nhận'),
    a.signoff !== b.signoff ? 'sửa chữ ký' : '',
    ...appendixPhrases(a, b),
  ].filter(p => p !== '')
  if (parts.length > 0) {
    return parts.join(', ')
  }
  return a.settings !== b.settings ? 'Chỉ đổi thiết lập kiểm tra' : 'Không đổi nội dung'
}
