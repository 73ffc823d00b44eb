import path from 'node:path'
import type { Api, FileKind } from '../../shared/ipc/contract'
import { err, ok } from '../../shared/ipc/result'
import { check } from '../../shared/model/check'
import { restorePlan } from '../../shared/model/restore'
import { exportDocx, preflightPlan } from './export-handler'
import { Autosave } from './files/autosave'
import { readPlanFile, writePlanFile } from './files/plan-files'
import { ProfileStore } from './files/profile-store'
import { RecentFiles } from './files/recent-files'
import { Samples } from './files/samples'
import type { GrantMode, PathGrants } from './files/path-grants'
import { loadTaxonomies } from './files/taxonomies'
import { createImportJobs } from './import-jobs'
import { importDocxPooled } from './import/worker-pool'
import { createLibraryService, type LibraryService } from './library-service'
import { patchSchema } from './library-patch'

/** What the host (Electron, or the browser harness) provides to the handlers. */
export type Host = {
  readonly version: string
  readonly dataDir: string
  readonly documentsDir: string
  readonly resourcesDir: string
  readonly harness: boolean
  readonly pickOpen: (kind: FileKind) => Promise<string | undefined>
  readonly pickSave: (kind: FileKind, defaultName: string) => Promise<string | undefined>
  /** A yes/no question with Vietnamese buttons. */
  readonly confirm: (message: string) => Promise<boolean>
  readonly showInFolder: (file: string) => Promise<void>
  /**
   * In the app: the files the clerk chose; every channel that names a file or folder refuses the
   * others. The browser harness passes DocumentsGrants: its in-page dialog lists its documents
   * folder, so files there count as chosen. Absent only in tests of the handlers themselves.
   */
  readonly grants?: PathGrants
}

const INVALID_PLAN = 'Dữ liệu kế hoạch không hợp lệ.'
/** The extension main adds to a file the clerk saves, per kind of file. */
const SAVE_EXTENSIONS: Partial<Record<FileKind, string>> = {
  plan: '.kehoach',
  docx: '.docx',
  library: '.thuvien',
}
const NOT_CHOSEN = err(
  'file.not-chosen',
  'Chương trình chỉ mở và ghi những tệp bạn đã chọn. Hãy chọn lại tệp bằng lệnh Mở… hoặc Lưu thành….'
)
/** A single Word import that takes longer than this is stopped (the worker is terminated). */
const IMPORT_TIMEOUT_MS = 60_000

/**
 * The main-process implementation of the whole contract. Electron's IPC and the harness's HTTP
 * server both call exactly these functions, after validating the arguments.
 */
export function createHandlers(
  host: Host,
  library: LibraryService = createLibraryService(
    host.dataDir,
    path.join(host.resourcesDir, 'samples')
  )
): Api {
  const recent = new RecentFiles(host.dataDir)
  const autosave = new Autosave(host.dataDir)
  // What saves killed by a crash or power cut left behind goes at start-up.
  autosave.removeStaleTemps()
  recent.removeStaleTemps()
  const samples = new Samples(host.resourcesDir)
  const profile = new ProfileStore(host.dataDir)
  const jobs = createImportJobs(library)
  const { grants } = host
  /** Whether the window may use this path (after main added its extension), or no restriction. */
  const chosen = (file: string, mode: GrantMode): boolean => !grants || grants.allows(file, mode)
  const grant = (file: string | undefined, mode: GrantMode): string | undefined => {
    if (file) {
      grants?.grant(file, mode)
    }
    return file
  }
  return {
    'app:info': async () => ({
      version: host.version,
      dataDir: host.dataDir,
      documentsDir: host.documentsDir,
      harness: host.harness,
    }),
    'samples:list': async () => samples.list(),
    'samples:open': async id => samples.open(id),
    'plan:open': async file => {
      if (
        !chosen(file, 'read') &&
        !recent.list().some(r => path.resolve(r.path) === path.resolve(file))
      ) {
        return NOT_CHOSEN
      }
      const opened = readPlanFile(path.resolve(file))
      if (opened.ok) {
        // A plan the clerk opened is theirs to save back (Ctrl+S).
        grant(opened.value.path, 'write')
        touchRecent(recent, opened.value.path, opened.value.plan.subject)
      }
      return opened
    },
    'plan:save': async (file, raw) => {
      const target = withExtension(path.resolve(file), '.kehoach')
      if (!chosen(target, 'write')) {
        return NOT_CHOSEN
      }
      const restored = restorePlan(raw)
      if (!restored.ok) {
        return err('plan.invalid', INVALID_PLAN)
      }
      const written = writePlanFile(target, restored.plan)
      if (!written.ok) {
        return written
      }
      touchRecent(recent, target, restored.plan.subject)
      return ok({ path: target, repairs: restored.repairs })
    },
    'plan:check': async raw => {
      const restored = restorePlan(raw)
      return restored.ok ? ok(check(restored.plan)) : err('plan.invalid', INVALID_PLAN)
    },
    'profile:get': async () => profile.get(),
    'profile:set': async value => profile.set(value),
    'recent:list': async () => recent.list(),
    'recent:clear': async () => recent.clear(),
    'autosave:write': async (id, meta, raw) => {
      const restored = restorePlan(raw)
      // The file the work belongs to is only remembered if it is one the clerk chose.
      const file = meta.path !== undefined && chosen(meta.path, 'write') ? meta.path : undefined
      return restored.ok
        ? autosave.write(id, file, restored.plan)
        : err('plan.invalid', INVALID_PLAN)
    },
    'autosave:list': async () => autosave.list(),
    'autosave:read': async id => {
      const read = autosave.read(id)
      if (read.ok) {
        grant(read.value.path || undefined, 'write')
      }
      return read
    },
    'autosave:discard': async id => autosave.discard(id),
    'dialog:pickOpen': async kind => grant(await host.pickOpen(kind), 'read'),
    'dialog:pickSave': async (kind, name) => {
      const file = await host.pickSave(kind, name)
      // Main adds the kind's extension when it writes: that exact file is the one chosen.
      const extension = SAVE_EXTENSIONS[kind]
      grant(file && extension ? withExtension(path.resolve(file), extension) : file, 'write')
      return file
    },
    'dialog:confirm': message => host.confirm(message),
    'export:docx': async (file, raw, allowErrors) => {
      const target = withExtension(path.resolve(file), '.docx')
      if (!chosen(target, 'write')) {
        return NOT_CHOSEN
      }
      const restored = restorePlan(raw)
      if (!restored.ok) {
        return err('plan.invalid', INVALID_PLAN)
      }
      return exportDocx(target, restored.plan, allowErrors)
    },
    'export:preflight': async raw => {
      const restored = restorePlan(raw)
      return restored.ok
        ? ok(preflightPlan(restored.plan, loadTaxonomies(host.resourcesDir, host.dataDir)))
        : err('plan.invalid', INVALID_PLAN)
    },
    'shell:showInFolder': async file =>
      chosen(file, 'read') ? host.showInFolder(file) : undefined,
    'import:docx': async file => {
      if (!chosen(file, 'read')) {
        return NOT_CHOSEN
      }
      const imported = await importDocxPooled(path.resolve(file), {
        timeoutMs: IMPORT_TIMEOUT_MS,
      })
      if (!imported.ok) {
        return imported
      }
      const restored = restorePlan(imported.value.plan)
      return restored.ok
        ? ok({ plan: restored.plan, report: imported.value.report })
        : err(
            'import.invalid',
            'Không nhập được tệp Word: kết quả không phải là một kế hoạch hợp lệ.'
          )
    },
    'import:folderStart': async folder =>
      chosen(folder, 'read') ? jobs.start(path.resolve(folder)) : NOT_CHOSEN,
    'import:folderStatus': async id => jobs.status(id),
    'import:folderCancel': async id => jobs.cancel(id),
    'taxonomy:list': async () => loadTaxonomies(host.resourcesDir, host.dataDir),
    'library:status': async () => library.status(),
    'library:restoreBackup': async () => library.restoreBackup(),
    'library:startEmpty': async () => library.startEmpty(),
    'library:search': async (query, options) => library.use(l => ok(l.search(query, options))),
    'library:get': async id =>
      library.use(l => {
        const clause = l.get(id)
        return clause
          ? ok(clause)
          : err('library.clause.not-found', 'Không tìm thấy điều khoản trong thư viện.')
      }),
    'library:use': async id => library.use(l => l.markUsed(id)),
    'library:add': async draft => library.use(l => l.add(draft as Parameters<typeof l.add>[0])),
    'library:update': async (id, raw) => {
      const patch = patchSchema.safeParse(raw)
      return patch.success
        ? library.use(l => l.update(id, patch.data as Parameters<typeof l.update>[1]))
        : err('library.clause.invalid', 'Không thể sửa điều khoản: dữ liệu không hợp lệ.')
    },
    'library:approve': async id => library.use(l => l.approve(id)),
    'library:remove': async id => library.use(l => l.remove(id)),
    'library:export': async (file, ids) => {
      const target = withExtension(path.resolve(file), '.thuvien')
      return chosen(target, 'write') ? library.exportTo(target, ids) : NOT_CHOSEN
    },
    'library:import': async file => {
      return chosen(file, 'read') ? library.importFrom(path.resolve(file)) : NOT_CHOSEN
    },
  }
}

/** The recent list is a convenience: failing to update it must not fail the save or open. */
function touchRecent(recent: RecentFiles, file: string, title: string): void {
  try {
    recent.touch(file, title)
  } catch {
    // A read-only data folder only costs the recent list.
  }
}

function withExtension(file: string, ext: string): string {
  return file.toLowerCase().endsWith(ext) ? file : `${file}${ext}`
}
