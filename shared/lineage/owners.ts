import type { TextSlot } from './text-slots'

/** The slots of one block, row or title, with their joined text. */
export type SlotOwner = {
  readonly key: string
  readonly label: string
  readonly area: TextSlot['area']
  readonly slots: readonly TextSlot[]
  readonly text: string
}

/** Groups slots by the block, row or title they belong to, keeping reading order. */
export function groupByOwner(slots: readonly TextSlot[]): SlotOwner[] {
  const byKey = new Map<string, TextSlot[]>()
  for (const slot of slots) {
    const list = byKey.get(slot.owner) ?? []
    list.push(slot)
    byKey.set(slot.owner, list)
  }
  return [...byKey.entries()].map(([key, list]) => ({
    key,
    label: ownerLabel(list[0]!),
    area: list[0]!.area,
    slots: list,
    text: list.map(s => s.text).join(list[0]!.area === 'cell' ? ' | ' : ''),
  }))
}

function ownerLabel(first: TextSlot): string {
  const label = first.label.replace(/ \(chú thích\)$/u, '')
  // A task row is named by its appendix and row, not by its first cell's column.
  return first.area === 'cell' ? label.replace(/^(Phụ lục \d+, hàng \d+), .*$/u, '$1') : label
}

/** A short excerpt of `text` around `[start, end)` for the review panel. */
export function excerpt(text: string, start = 0, end = start, radius = 40): string {
  const from = Math.max(0, start - radius)
  const to = Math.min(text.length, end + radius)
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`
}
