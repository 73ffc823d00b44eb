import { useSyncExternalStore } from 'react'

/**
 * Computed labels (`1.`, `a)`, …) by block id, with per-id subscriptions so that a keystroke
 * re-renders only the blocks whose label actually changed.
 */
export class LabelStore {
  private labels: ReadonlyMap<string, string> = new Map()
  private readonly listeners = new Map<string, Set<() => void>>()

  /** Replaces the labels and notifies the blocks whose label changed. */
  set(next: ReadonlyMap<string, string>): void {
    const previous = this.labels
    this.labels = next
    for (const [id, listeners] of this.listeners) {
      if (previous.get(id) !== next.get(id)) {
        listeners.forEach(listener => listener())
      }
    }
  }

  /** The current label of a block. */
  get(id: string): string | undefined {
    return this.labels.get(id)
  }

  /** Subscribes to one block's label. */
  subscribe(id: string, listener: () => void): () => void {
    const set = this.listeners.get(id) ?? new Set()
    set.add(listener)
    this.listeners.set(id, set)
    return () => {
      set.delete(listener)
      if (set.size === 0) {
        this.listeners.delete(id)
      }
    }
  }
}

/** A block's current label, re-rendering only when it changes. */
export function useLabel(store: LabelStore, id: string): string | undefined {
  return useSyncExternalStore(
    listener => store.subscribe(id, listener),
    () => store.get(id)
  )
}
