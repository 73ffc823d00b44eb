import { createContext, useContext } from 'react'
import type { Api } from '../../shared/ipc/contract'
import type { Plan } from '../../shared/model/types'
import type { Dialogs } from '../services/dialogs'
import type { CommandRegistry } from './command-registry'
import type { PaneCommands } from './commands'

/** The clause library as the panes use it (the contract's library channels, nothing else). */
export type LibraryService = Pick<
  Api,
  | 'taxonomy:list'
  | 'library:status'
  | 'library:restoreBackup'
  | 'library:startEmpty'
  | 'library:search'
  | 'library:use'
  | 'library:add'
  | 'library:update'
  | 'library:approve'
  | 'library:remove'
  | 'library:export'
  | 'library:import'
>

/** What making a plan from another needs: its source file or Word import, the profile, the rules. */
export type LineageService = Pick<
  Api,
  'plan:open' | 'import:docx' | 'profile:get' | 'lineage:rules'
>
/** What the compare view needs of the contract: read the other plan, write the tracked .docx. */
export type CompareService = Pick<Api, 'plan:open' | 'import:docx' | 'export:compareDocx'>
/** The kept versions of saved plans (the contract's versions channels, nothing else). */
export type VersionsService = Pick<Api, 'versions:list' | 'versions:read'>
/** The shared library ("Thư viện dùng chung") as the panes use it: the contract's sync channels. */
export type SharedLibraryService = Pick<
  Api,
  | 'sync:getSettings'
  | 'sync:setSettings'
  | 'sync:disconnect'
  | 'sync:test'
  | 'sync:now'
  | 'sync:status'
  | 'sync:conflicts'
  | 'sync:resolve'
  | 'sync:search'
>

/** Applies a plan change; `key` groups quick successive edits into one undo step. */
export type EditPlan = (change: (plan: Plan) => Plan, key: string) => void

/** The open document as the panes use it: its plan, edits and undo, where the clerk works. */
export type DocumentStore = {
  readonly edit: EditPlan
  readonly undo: () => void
  readonly redo: () => void
  /** The plan as it is now (read when a command runs, so panes need not re-render on typing). */
  readonly current: () => Plan | undefined
  /** The appendix the clerk last worked in: task rows from the library go there. */
  readonly activeAppendix: () => string | undefined
  readonly setActiveAppendix: (id: string) => void
  /** The file the plan was opened from or last saved to; undefined while never saved. */
  readonly path: () => string | undefined
  /** Opens `plan` in place of the open one as a new unsaved plan titled `title` (asks first if dirty). */
  readonly openCopy: (plan: Plan, title: string) => Promise<void>
}

/** A message for the notice bar. */
export type Announce = (kind: 'error' | 'info', text: string) => void

/** The services every pane gets injected (features never reach the contract themselves). */
export type Workspace = {
  readonly document: DocumentStore
  readonly library: LibraryService
  readonly lineage: LineageService
  readonly compare: CompareService
  readonly versions: VersionsService
  readonly shared: SharedLibraryService
  readonly commands: CommandRegistry<PaneCommands>
  readonly dialogs: Dialogs
  /** Asks a yes/no question in Vietnamese. */
  readonly confirm: (message: string) => Promise<boolean>
  readonly announce: Announce
}

/** Provides the workspace services to the panes (App sets it). */
export const WorkspaceContext = createContext<Workspace | undefined>(undefined)

/** The workspace services of the nearest provider. */
export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext)
  if (!workspace) {
    throw new Error('Cannot use the workspace: no WorkspaceContext provider above this pane')
  }
  return workspace
}
