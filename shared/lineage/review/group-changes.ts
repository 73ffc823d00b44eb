import type { ChangeKind, LineageChange } from '../types'
import { isFlag, KIND_LABELS, KIND_ORDER } from './kind-labels'

/** The changes of one kind, as one group of the review panel. */
export type ChangeGroup = {
  readonly kind: ChangeKind
  /** Vietnamese group name, e.g. `Năm chuyển sang năm mới`. */
  readonly label: string
  /** True when the group lists places to check rather than changes made. */
  readonly flag: boolean
  readonly changes: readonly LineageChange[]
}

/**
 * Groups changes by kind in the panel's order (changes made, then places to check), keeping the
 * changes' own (reading) order inside each group; kinds without changes are left out.
 */
export function groupChanges(changes: readonly LineageChange[]): ChangeGroup[] {
  const byKind = new Map<ChangeKind, LineageChange[]>()
  for (const change of changes) {
    const list = byKind.get(change.kind) ?? []
    list.push(change)
    byKind.set(change.kind, list)
  }
  return KIND_ORDER.flatMap(kind => {
    const list = byKind.get(kind)
    return list === undefined
      ? []
      : [{ kind, label: KIND_LABELS[kind], flag: list.every(isFlag), changes: list }]
  })
}
