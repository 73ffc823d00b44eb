import { excerpt, type SlotOwner } from './owners'
import type { ChangeKind, LineageChange } from './types'

/** A score or ranking from last year: `đạt 44,07 điểm`, `xếp hạng 24/63`, `xếp thứ 09/11`. */
const RESULTS = /\d+(?:,\d+)?\s*điểm|xếp\s+(?:hạng|thứ)\s+\d+\s*\/\s*\d+/iu
/** A preamble that implements a superior document: `Thực hiện Kế hoạch số …`. */
const IMPLEMENTS =
  /thực hiện\s+(?:kế hoạch|quyết định|chỉ thị|nghị quyết|công văn|hướng dẫn|thông báo|văn bản)(?!\p{L})[^;.]{0,20}\bsố(?!\p{L})/iu
const BASIS = /^\s*căn cứ(?!\p{L})/iu
const TEXT_AREAS = new Set(['basis', 'preamble', 'section', 'closing'])

const NOTES: Partial<Record<ChangeKind, string>> = {
  'basis-review': 'Căn cứ được giữ nguyên: kiểm tra văn bản còn hiệu lực và cập nhật nếu cần.',
  'preamble-review': 'Văn bản cấp trên được giữ nguyên: thay bằng văn bản của năm mới khi có.',
  'results-update': 'Kết quả năm trước: cập nhật điểm số, xếp hạng mới.',
}

/** Whether an owner's text reports last year's scores or rankings. */
export function isResultsText(owner: SlotOwner): boolean {
  return TEXT_AREAS.has(owner.area) && RESULTS.test(owner.text)
}

/** The review flags of one block: căn cứ, the implementing preamble, last year's results. */
export function blockFlags(owner: SlotOwner): { kind: ChangeKind; note: string }[] {
  const kinds: ChangeKind[] = []
  if (owner.area === 'basis' || (owner.area === 'preamble' && BASIS.test(owner.text))) {
    kinds.push('basis-review')
  }
  if (owner.area === 'preamble' && IMPLEMENTS.test(owner.text)) {
    kinds.push('preamble-review')
  }
  if (isResultsText(owner)) {
    kinds.push('results-update')
  }
  return kinds.map(kind => ({ kind, note: NOTES[kind] ?? '' }))
}

/** A flag change on a whole owner: nothing is applied, the place is listed for review. */
export function flagChange(
  id: string,
  owner: SlotOwner,
  kind: ChangeKind,
  note: string
): LineageChange {
  return {
    id,
    kind,
    location: { slot: owner.key, label: owner.label },
    before: owner.text,
    after: owner.text,
    context: excerpt(owner.text, 0, 0, 160),
    note,
    patch: { type: 'flag' },
  }
}
