import type { Repair } from '../model/restore'
import type { Plan } from '../model/types'

/** One kept version of a saved plan, as the "Phiên bản" list shows it. */
export type VersionInfo = {
  /** Stable id, also the version's file name in the store (`20261205T070512345-a1b2`). */
  readonly id: string
  /** When the save that made it happened (ISO 8601, UTC). */
  readonly savedAt: string
  /** What changed since the version before it, in Vietnamese (`+3 mục, sửa 5 đoạn`). */
  readonly summary: string
  /** Bytes it takes on disk (compressed). */
  readonly size: number
}

/** The versions of a plan, newest first, and how many version files could not be read. */
export type VersionList = {
  readonly versions: readonly VersionInfo[]
  /** Damaged version files skipped (listed as a count so the clerk is told, never a crash). */
  readonly damaged: number
}

/** A version's id: the UTC time of its save to the millisecond, and four random characters. */
export const VERSION_ID_PATTERN = /^\d{8}T\d{9}-[a-z0-9]{4}$/

/** A version read back: its list entry and its plan (restored like any opened file). */
export type VersionPlan = {
  readonly info: VersionInfo
  readonly plan: Plan
  readonly repairs: readonly Repair[]
}
