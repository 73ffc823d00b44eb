import type { ImportReport } from '../import/report'
import { z } from 'zod'
import type { Finding } from '../model/finding'
import type { AgencyProfile } from '../model/profile'
import type { Taxonomy } from '../model/taxonomy'
import type { Clause, SearchHit, SearchOptions } from '../library/types'
import type { Repair } from '../model/restore'
import type { Plan } from '../model/types'
import type { Result } from './result'
import { CHANNELS, type ChannelName } from './channels'

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

/**
 * The typed IPC contract: every channel the renderer may call, named `domain:verb`.
 * Electron (ipcMain/ipcRenderer) and the browser harness (HTTP) both implement exactly this.
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
  'plan:check': (plan: unknown) => Promise<Result<readonly Finding[]>>
  'profile:get': () => Promise<AgencyProfile>
  'profile:set': (profile: AgencyProfile) => Promise<Result<void>>
  'recent:list': () => Promise<readonly RecentFile[]>
  'recent:clear': () => Promise<void>
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
  'dialog:confirm': (message: string) => Promise<boolean>
  'export:docx': (
    path: string,
    plan: unknown,
    allowErrors: boolean
  ) => Promise<Result<ExportResult>>
  'export:preflight': (plan: unknown) => Promise<Result<readonly Finding[]>>
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
  'library:get': (id: string) => Promise<Result<Clause>>
  'library:use': (id: string) => Promise<Result<void>>
  'library:add': (draft: unknown) => Promise<Result<Clause>>
  'library:update': (id: string, patch: unknown) => Promise<Result<Clause>>
  'library:approve': (id: string) => Promise<Result<Clause>>
  'library:remove': (id: string) => Promise<Result<void>>
  'library:export': (
    path: string,
    ids?: readonly string[]
  ) => Promise<Result<{ readonly count: number }>>
  'library:import': (
    path: string
  ) => Promise<Result<{ readonly added: number; readonly skipped: number }>>
}

/** Every channel name of the contract. */
export type Channel = keyof Api

const path = z.string().min(1).max(4096)
const line = z.string().max(500)
const signatureLine = z.object({
  prefix: z.enum(['TM', 'KT', 'Q', 'TL', 'TUQ']).optional(),
  text: line,
})

/** Schema of an agency profile (hồ sơ đơn vị), shared by the IPC check and the settings file. */
export const profileSchema: z.ZodType<AgencyProfile> = z.object({
  agency: z.array(line).max(6),
  parentAgency: z.array(line).max(4).optional(),
  agencyAbbr: z.string().max(30),
  level: z.enum(['tinh', 'huyen', 'xa']).optional(),
  place: line,
  signatureLines: z.array(signatureLine).max(6),
  signer: line,
  recipients: z.array(line).max(100),
  archive: line,
})
const sampleId = z.enum(['000', '001', '002', '003', '004'])
const fileKind = z.enum(['plan', 'docx', 'library', 'folder'])
const jobId = z.string().regex(/^job\d{1,9}$/)
const clauseId = z.string().min(1).max(64)
const searchOptions = z.object({
  limit: z.number().int().min(1).max(200).optional(),
  filters: z
    .object({
      kind: z
        .enum(['paragraph', 'item', 'task-row', 'recipient', 'basis', 'section-heading'])
        .optional(),
      papi: z.string().max(16).optional(),
      cchc: z.string().max(16).optional(),
      section: z.enum(['purpose', 'tasks', 'extra', 'organization']).optional(),
      level: z.enum(['tinh', 'huyen', 'xa']).optional(),
      year: z.number().int().min(1900).max(2200).optional(),
      status: z.enum(['approved', 'harvested']).optional(),
      source: z.string().max(200).optional(),
    })
    .optional(),
})
const autosaveId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)

/** Argument schemas, checked in main for every call: the renderer is untrusted. */
export const argSchemas: { readonly [C in Channel]: z.ZodType<Parameters<Api[C]>> } = {
  'app:info': z.tuple([]),
  'samples:list': z.tuple([]),
  'samples:open': z.tuple([sampleId]),
  'plan:open': z.tuple([path]),
  'plan:save': z.tuple([path, z.unknown()]),
  'plan:check': z.tuple([z.unknown()]),
  'profile:get': z.tuple([]),
  'profile:set': z.tuple([profileSchema]),
  'recent:list': z.tuple([]),
  'recent:clear': z.tuple([]),
  'autosave:write': z.tuple([autosaveId, z.object({ path: path.optional() }), z.unknown()]),
  'autosave:list': z.tuple([]),
  'autosave:read': z.tuple([autosaveId]),
  'autosave:discard': z.tuple([autosaveId]),
  'dialog:pickOpen': z.tuple([fileKind]),
  'dialog:pickSave': z.tuple([fileKind, z.string().max(255)]),
  'dialog:confirm': z.tuple([z.string().min(1).max(1000)]),
  'export:docx': z.tuple([path, z.unknown(), z.boolean()]),
  'export:preflight': z.tuple([z.unknown()]),
  'shell:showInFolder': z.tuple([path]),
  'import:docx': z.tuple([path]),
  'import:folderStart': z.tuple([path]),
  'import:folderStatus': z.tuple([jobId]),
  'import:folderCancel': z.tuple([jobId]),
  'taxonomy:list': z.tuple([]),
  'library:status': z.tuple([]),
  'library:restoreBackup': z.tuple([]),
  'library:startEmpty': z.tuple([]),
  'library:search': z.tuple([z.string().max(2000), searchOptions]),
  'library:get': z.tuple([clauseId]),
  'library:use': z.tuple([clauseId]),
  'library:add': z.tuple([z.unknown()]),
  'library:update': z.tuple([clauseId, z.unknown()]),
  'library:approve': z.tuple([clauseId]),
  'library:remove': z.tuple([clauseId]),
  'library:export': z.tuple([path, z.array(clauseId).max(100_000).optional()]),
  'library:import': z.tuple([path]),
}

/** Compile-time proof that `channels.ts` lists exactly the Api's channels. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const channelsMatchApi: Same<ChannelName, Channel> = true
void channelsMatchApi

export { CHANNELS }
