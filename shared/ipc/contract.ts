import type { ImportReport } from '../import/report'
import type { DeriveOptions } from '../lineage/derive-plan'
import type { Finding } from '../model/finding'
import type { AgencyProfile } from '../model/profile'
import type { Taxonomy } from '../model/taxonomy'
import type { Clause, ClauseDraft, ClausePatch, SearchHit, SearchOptions } from '../library/types'
import type {
  ConflictResolution,
  ServerSettings,
  ServerSettingsView,
  SharedHit,
  SyncConflict,
  SyncStatus,
  SyncSummary,
} from '../library/sync-types'
import type { Repair } from '../model/restore'
import type { Plan } from '../model/types'
import type { Result } from '../result'
import type { VersionList, VersionPlan } from '../versions/types'
import type { ChannelName } from './channels'

/** Identifier of a bundled sample plan (the five seed plans). */
export type SampleId = '000' | '001' | '002' | '003' | '004'

/** A bundled sample plan as listed in the "Mở kế hoạch mẫu" menu. */
export type SampleInfo = {
  readonly id: SampleId
  readonly title: string
  readonly issuer: string
  readonly year?: number
}

/** The clause library's state: ready, or damaged/newer/unreachable with what the clerk can do. */
export type LibraryStatus =
  | { readonly state: 'ready'; readonly count: number; readonly seeded: number }
  | {
      readonly state: 'broken'
      readonly message: string
      readonly movedTo?: string
      readonly backupExists: boolean
      readonly canRestore: boolean
      /** Whether the clerk may choose to start an empty library instead (backups are kept). */
      readonly canStartEmpty?: boolean
    }

/** Progress of a folder harvest (Nhập thư mục kế hoạch cũ). */
export type FolderJobStatus = {
  readonly done: number
  readonly total: number
  /** The file being read. */
  readonly file: string
  readonly finished: boolean
  readonly summary?: {
    readonly plans: number
    readonly added: number
    readonly skipped: number
    readonly failed: readonly { readonly file: string; readonly message: string }[]
    readonly cancelled: boolean
  }
  readonly error?: string
}

/** A plan made from a Word file, with what the import could not place exactly. */
export type ImportedPlan = {
  readonly plan: Plan
  readonly report: ImportReport
}

/** A plan read from disk. */
export type OpenedPlan = {
  readonly path: string
  readonly plan: Plan
  readonly repairs: readonly Repair[]
}

/** A recently used plan file. */
export type RecentFile = {
  readonly path: string
  readonly title: string
  readonly openedAt: string
}

/** Unsaved work kept by autosave, offered for recovery after a crash or power cut. */
export type AutosaveEntry = {
  readonly id: string
  /** The file the work belongs to, if it had been saved before. */
  readonly path?: string
  readonly title: string
  readonly savedAt: string
}

/** What a file dialog is for: its filters and default folder. */
export type FileKind = 'plan' | 'docx' | 'library' | 'folder'

/** The rule data for deriving a plan one level down: shipped level words, the clerk's agency map. */
export type DeriveRules = Pick<DeriveOptions, 'levelWords' | 'agencies'>

/** Information about the running app. */
export type AppInfo = {
  readonly version: string
  readonly dataDir: string
  readonly documentsDir: string
  /** True in the browser test harness (HTTP transport), false in Electron. */
  readonly harness: boolean
}

/** Result of writing a .docx. */
export type ExportResult = {
  readonly path: string
  readonly bytes: number
  readonly findings: readonly Finding[]
}

/** What a tracked-changes export (a comparison) wrote: the file and how many changes of each type. */
export type CompareExportResult = {
  readonly path: string
  readonly bytes: number
  readonly counts: {
    readonly added: number
    readonly removed: number
    readonly changed: number
    readonly moved: number
  }
}

/**
 * The typed IPC contract: every channel the renderer may call, named `domain:verb`.
 * Electron (ipcMain/ipcRenderer) and the browser harness (HTTP) both implement exactly this.
 * Types only: the argument validators are in `schemas.ts`, each channel's path grant and plan
 * restoration in `policy.ts`. A `plan: unknown` argument is restored in main before use.
 */
export type Api = {
  'app:info': () => Promise<AppInfo>
  'samples:list': () => Promise<readonly SampleInfo[]>
  'samples:open': (id: SampleId) => Promise<Result<OpenedPlan>>
  'plan:open': (path: string) => Promise<Result<OpenedPlan>>
  'plan:save': (
    path: string,
    plan: unknown
  ) => Promise<Result<{ readonly path: string; readonly repairs: readonly Repair[] }>>
  'profile:get': () => Promise<AgencyProfile>
  'profile:set': (profile: AgencyProfile) => Promise<Result<void>>
  'recent:list': () => Promise<readonly RecentFile[]>
  'autosave:write': (
    id: string,
    meta: { readonly path?: string | undefined },
    plan: unknown
  ) => Promise<Result<void>>
  'autosave:list': () => Promise<readonly AutosaveEntry[]>
  'autosave:read': (id: string) => Promise<Result<OpenedPlan>>
  'autosave:discard': (id: string) => Promise<void>
  'dialog:pickOpen': (kind: FileKind) => Promise<string | undefined>
  'dialog:pickSave': (kind: FileKind, defaultName: string) => Promise<string | undefined>
  /** Closes the window once the clerk has answered the page's unsaved-changes question. */
  'window:close': () => Promise<void>
  'export:docx': (
    path: string,
    plan: unknown,
    allowErrors: boolean
  ) => Promise<Result<ExportResult>>
  'export:preflight': (plan: unknown) => Promise<Result<readonly Finding[]>>
  /** Writes `newer` as Word with its differences from `older` as tracked changes. */
  'export:compareDocx': (
    path: string,
    older: unknown,
    newer: unknown
  ) => Promise<Result<CompareExportResult>>
  'shell:showInFolder': (path: string) => Promise<void>
  'import:docx': (path: string) => Promise<Result<ImportedPlan>>
  'import:folderStart': (folder: string) => Promise<Result<{ readonly jobId: string }>>
  'import:folderStatus': (jobId: string) => Promise<Result<FolderJobStatus>>
  'import:folderCancel': (jobId: string) => Promise<void>
  'taxonomy:list': () => Promise<readonly Taxonomy[]>
  'library:status': () => Promise<LibraryStatus>
  'library:restoreBackup': () => Promise<Result<LibraryStatus>>
  'library:startEmpty': () => Promise<Result<LibraryStatus>>
  'library:search': (query: string, options: SearchOptions) => Promise<Result<readonly SearchHit[]>>
  'library:use': (id: string) => Promise<Result<void>>
  'library:add': (draft: ClauseDraft) => Promise<Result<Clause>>
  'library:update': (id: string, patch: ClausePatch) => Promise<Result<Clause>>
  'library:approve': (id: string) => Promise<Result<Clause>>
  'library:remove': (id: string) => Promise<Result<void>>
  'library:export': (
    path: string,
    ids?: readonly string[]
  ) => Promise<Result<{ readonly count: number }>>
  'library:import': (
    path: string
  ) => Promise<Result<{ readonly added: number; readonly skipped: number }>>
  'lineage:rules': (level: 'huyen' | 'xa') => Promise<DeriveRules>
  /** The kept versions of a plan the clerk opened or saved, newest first. */
  'versions:list': (path: string) => Promise<Result<VersionList>>
  /** One kept version's plan. */
  'versions:read': (path: string, id: string) => Promise<Result<VersionPlan>>
  /** The shared library's settings; the password is never sent back, only whether one is kept. */
  'sync:getSettings': () => Promise<ServerSettingsView>
  /** Saves the settings; the password (when given) is kept encrypted in main. */
  'sync:setSettings': (
    settings: ServerSettings,
    password?: string
  ) => Promise<Result<ServerSettingsView>>
  'sync:disconnect': () => Promise<ServerSettingsView>
  /** Tries a connection (the typed password, else the kept one); a Vietnamese outcome. */
  'sync:test': (settings: ServerSettings, password?: string) => Promise<Result<string>>
  'sync:now': () => Promise<Result<SyncSummary>>
  'sync:status': () => Promise<SyncStatus>
  'sync:conflicts': () => Promise<readonly SyncConflict[]>
  'sync:resolve': (uid: string, choice: ConflictResolution) => Promise<Result<void>>
  /** Searches the shared library on the server. */
  'sync:search': (query: string, options: SearchOptions) => Promise<Result<readonly SharedHit[]>>
}

/** Every channel name of the contract. */
export type Channel = keyof Api

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Assert<T extends true> = T
/** Compile-time proof that `channels.ts` lists exactly the Api's channels. */
type _ChannelsMatchApi = Assert<Same<ChannelName, Channel>>
