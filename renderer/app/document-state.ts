import type { Repair } from '../../shared/model/restore'
import type { LineageSession } from '../features/lineage/lineage-session'
import type { Plan } from '../../shared/model/types'

/** The open document: the plan, where it lives on disk (if saved), and whether it has unsaved edits. */
export type DocumentState = {
  readonly plan: Plan
  /** Absolute path of the `.kehoach` file; absent for a new or recovered-but-unsaved plan. */
  readonly path?: string
  readonly dirty: boolean
  /** Autosave session id of this document. */
  readonly sessionId: string
  /** Repairs restore made when the plan was opened, shown once to the clerk. */
  readonly repairs: readonly Repair[]
  /** What a Word import could not place exactly, shown once to the clerk. */
  readonly importNotes?: readonly string[]
  /** The review of a plan just made by carry-forward or derive (Rà soát thay đổi). */
  readonly lineage?: LineageSession
  /** The title of an unsaved plan opened from elsewhere (an earlier version). */
  readonly title?: string
}

/** A fresh autosave session id. */
export function newSessionId(): string {
  return `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
}

/** The file name shown in the title bar and tabs. */
export function documentName(doc: DocumentState): string {
  if (doc.path) {
    return doc.path.split(/[\\/]/).pop() ?? doc.path
  }
  return doc.title ?? 'Kế hoạch chưa lưu'
}
