/**
 * Types of the shared library ("Thư viện dùng chung"): the PostgreSQL server a whole office
 * syncs its clause libraries through, the sync status and the edit conflicts a clerk resolves.
 */
import type { Clause, SearchHit } from './types'

/** How to use TLS: `prefer` uses it when the server offers it, `require` refuses plain text. */
export type ServerTls = 'prefer' | 'require' | 'off'

/** Where the shared library lives; the password is kept apart, encrypted. */
export type ServerSettings = {
  readonly host: string
  readonly port: number
  readonly database: string
  readonly user: string
  readonly tls: ServerTls
}

/** What the settings dialog reads: the settings (if any) and whether a password is stored. */
export type ServerSettingsView = {
  readonly settings?: ServerSettings
  readonly hasPassword: boolean
}

/**
 * The state of background sync, for the status indicator: `offline` when the server cannot be
 * reached (the local library works as usual), `error` for any other failure.
 */
export type SyncState = 'off' | 'idle' | 'syncing' | 'offline' | 'error'

/** Sync status: the state, the last outcome and what is still waiting to go. */
export type SyncStatus = {
  readonly state: SyncState
  /** Local changes not yet on the server. */
  readonly pending: number
  /** Clauses whose edit conflicts with someone else's, waiting for the clerk to pick. */
  readonly conflicts: number
  /** ISO time of the last successful sync. */
  readonly lastSyncAt?: string
  /** The last error, in Vietnamese, when `state` is `error`. */
  readonly error?: { readonly code: string; readonly message: string }
}

/** Counts of one sync run. */
export type SyncSummary = {
  readonly pushed: number
  readonly pulled: number
  readonly conflicts: number
}

/** An edit conflict: the clerk's version (kept in the library) and the server's. */
export type SyncConflict = {
  readonly uid: string
  readonly mine: Clause
  readonly theirs: Clause
  /** Who made the server's version, and when. */
  readonly theirAuthor: string
  readonly theirUpdatedAt: string
}

/** Which version of a conflicting clause the clerk keeps. */
export type ConflictChoice = 'mine' | 'theirs'

/** The clerk's pick in a conflict: one version, or both (theirs, and mine as a new clause). */
export type ConflictResolution = ConflictChoice | 'both'

/**
 * A hit of a search of the shared library on the server. `clause.id` is the clause's uid (it may
 * not be in the local library yet); `author` is the login that wrote it.
 */
export type SharedHit = SearchHit & { readonly origin: 'server'; readonly author: string }
