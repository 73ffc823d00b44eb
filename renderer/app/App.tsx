import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AutosaveEntry } from '../../shared/ipc/contract'
import type { Finding } from '../../shared/model/finding'
import type { MenuCommand } from '../../shared/ipc/menu-commands'
import { CompareHost } from '../features/compare/CompareHost'
import { CoveragePane } from '../features/coverage/CoveragePane'
import { LibraryPane } from '../features/library/LibraryPane'
import { LineageDialog } from '../features/lineage/LineageDialog'
import { LineagePanel } from '../features/lineage/LineagePanel'
import { madeNotice } from '../features/lineage/made-notice'
import { ProvenanceNote } from '../features/lineage/ProvenanceNote'
import { OutlinePane } from '../features/outline/OutlinePane'
import { VersionsDialog } from '../features/versions/VersionsDialog'
import { SharedLibraryDialog } from '../features/sync/SharedLibraryDialog'
import { EditablePlan } from '../features/plan-editor/EditablePlan'
import { api, inElectron, onCloseRequest, onOpenFile } from '../services/api'
import { createPaneCommands } from '../workspace/commands'
import { WorkspaceContext, type Workspace } from '../workspace/workspace'
import type { Dialogs } from '../services/dialogs'
import { ChecksPane } from './ChecksPane'
import { useQuestions } from './dialog/QuestionDialog'
import { yesNoQuestion, type Ask } from './dialog/questions'
import { documentName } from './document-state'
import { defaultFileName } from '../../shared/docx/default-file-name'
import { ExportDialog } from './ExportDialog'
import { FileDialog, type FileRequest } from './FileDialog'
import { Notices } from './Notices'
import { FolderImportDialog } from './FolderImportDialog'
import { ImportReviewDialog } from './ImportReviewDialog'
import { ProfileDialog } from './ProfileDialog'
import { RecoveryDialog } from './RecoveryDialog'
import { StartScreen } from './StartScreen'
import { Toolbar } from './Toolbar'
import { useDocument } from './use-document'
import { useCommands } from './use-shortcuts'
import { moveAlongButtons } from './view/arrow-keys'
import { StatusBar } from './view/StatusBar'
import { pageZoomStyle, useView } from './view/use-view'

/** The application window: start screen or the open plan, with toolbar, page and check pane. */
export function App() {
  const [fileRequest, setFileRequest] = useState<FileRequest | undefined>(undefined)
  const dialogs = useMemo<Dialogs>(
    () =>
      inElectron
        ? {
            pickOpen: kind => api['dialog:pickOpen'](kind),
            pickSave: (kind, name) => api['dialog:pickSave'](kind, name),
          }
        : {
            pickOpen: kind =>
              new Promise(resolve =>
                setFileRequest({ mode: 'open', kind, defaultName: '', resolve })
              ),
            pickSave: (kind, defaultName) =>
              new Promise(resolve => setFileRequest({ mode: 'save', kind, defaultName, resolve })),
          },
    []
  )
  const { ask, dialog: question } = useQuestions()
  const document_ = useDocument(dialogs, ask)
  const { doc, notice, setNotice } = document_
  const [recovery, setRecovery] = useState<readonly AutosaveEntry[]>([])
  const [preflight, setPreflight] = useState<readonly Finding[] | undefined>(undefined)
  const [exported, setExported] = useState<string | undefined>(undefined)
  const [profileOpen, setProfileOpen] = useState(false)
  const [versionsOpen, setVersionsOpen] = useState(false)
  const [sharedOpen, setSharedOpen] = useState(false)
  const [importFolder, setImportFolder] = useState<string | undefined>(undefined)
  const pickImportFolder = useCallback(async () => {
    const folder = await dialogs.pickOpen('folder')
    if (folder) {
      setImportFolder(folder)
    }
  }, [dialogs])
  const [sideTab, setSideTab] = useState<'outline' | 'library' | 'coverage' | 'lineage'>('outline')
  /** The carry-forward or derive dialog, when open. */
  const [lineageKind, setLineageKind] = useState<'carry-forward' | 'derive' | undefined>()
  const lineageTab = sideTab === 'lineage' && doc?.lineage ? doc.lineage : undefined
  const [scrollArea, setScrollArea] = useState<HTMLElement | null>(null)
  const view = useView(scrollArea)

  useEffect(() => {
    void api['autosave:list']().then(setRecovery)
  }, [])

  // A call that fails unexpectedly (a bug, or main refusing bad input) must not fail silently.
  useEffect(() => {
    const onRejected = (event: PromiseRejectionEvent) => {
      event.preventDefault()
      const reason = event.reason instanceof Error ? event.reason.message : String(event.reason)
      setNotice({ kind: 'error', text: `Không thực hiện được thao tác: ${reason}` })
    }
    window.addEventListener('unhandledrejection', onRejected)
    return () => window.removeEventListener('unhandledrejection', onRejected)
  }, [setNotice])

  const workspace = useWorkspaceServices(document_, dialogs, ask)

  const { openPath, closeWindow } = document_
  useEffect(() => onOpenFile(file => void openPath(file)), [openPath])
  useEffect(() => onCloseRequest(() => void closeWindow()), [closeWindow])

  useEffect(() => {
    window.document.title = doc
      ? `${documentName(doc)}${doc.dirty ? ' •' : ''} — Soạn Kế hoạch`
      : 'Soạn Kế hoạch'
  }, [doc])

  // Electron then asks main, which asks the page (onCloseRequest); the browser harness can only
  // show the browser's own prompt, the last resort.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (doc?.dirty) {
        event.preventDefault()
      }
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [doc?.dirty])

  const startExport = useCallback(async () => {
    if (!doc) {
      return
    }
    const result = await api['export:preflight'](doc.plan)
    if (result.ok) {
      setPreflight(result.value)
    } else {
      setNotice({ kind: 'error', text: result.error.message })
    }
  }, [doc, setNotice])

  const runExport = useCallback(
    async (allowErrors: boolean) => {
      setPreflight(undefined)
      if (!doc) {
        return
      }
      const path = await dialogs.pickSave('docx', defaultFileName(doc.plan, '.docx'))
      if (!path) {
        return
      }
      const result = await api['export:docx'](path, doc.plan, allowErrors)
      if (result.ok) {
        setExported(result.value.path)
        setNotice({ kind: 'info', text: `Đã xuất Word: ${result.value.path}` })
      } else {
        setNotice({ kind: 'error', text: result.error.message })
      }
    },
    [dialogs, doc, setNotice]
  )

  const run = useCallback(
    (command: MenuCommand) => {
      const actions: Record<MenuCommand, () => unknown> = {
        new: document_.newPlan,
        open: document_.open,
        'import-docx': document_.importWord,
        'import-folder': pickImportFolder,
        'carry-forward': () => setLineageKind('carry-forward'),
        'derive-plan': () => setLineageKind('derive'),
        'shared-library': () => setSharedOpen(true),
        save: document_.save,
        'save-as': document_.saveAs,
        'export-docx': startExport,
        versions: () => setVersionsOpen(doc !== undefined),
        print: () => window.print(),
        find: () => workspace.commands.run('editor.find'),
        compare: () => workspace.commands.run('compare.pick', 'plan'),
        'compare-docx': () => workspace.commands.run('compare.pick', 'docx'),
        undo: document_.undo,
        redo: document_.redo,
        about: () =>
          setNotice({
            kind: 'info',
            text: 'Soạn Kế hoạch — soạn kế hoạch hành chính đúng thể thức Nghị định 30/2020/NĐ-CP.',
          }),
        profile: () => setProfileOpen(true),
        close: document_.close,
        'zoom-in': view.zoomIn,
        'zoom-out': view.zoomOut,
        'zoom-reset': view.resetZoom,
        'zoom-fit': view.fitWidth,
        'toggle-side': view.toggleSide,
      }
      void actions[command]()
    },
    [doc, document_, pickImportFolder, setNotice, startExport, view, workspace.commands]
  )
  useCommands(run)

  return (
    <WorkspaceContext.Provider value={workspace}>
      <div className="app">
        {doc ? (
          <>
            <Toolbar
              title={documentName(doc)}
              dirty={doc.dirty}
              onNew={() => void document_.newPlan()}
              onOpen={() => void document_.open()}
              onImportWord={() => void document_.importWord()}
              onProfile={() => setProfileOpen(true)}
              onSave={() => void document_.save()}
              onSaveAs={() => void document_.saveAs()}
              onExport={() => void startExport()}
              onCompare={kind => workspace.commands.run('compare.pick', kind)}
              onVersions={() => setVersionsOpen(true)}
              onPrint={() => window.print()}
              onClose={() => void document_.close()}
              onCarryForward={() => setLineageKind('carry-forward')}
              onDerive={() => setLineageKind('derive')}
            />
            <Notices
              notice={notice}
              repairs={doc.repairs}
              importNotes={doc.importNotes}
              onDismiss={() => setNotice(undefined)}
              action={
                exported && notice?.text.includes(exported)
                  ? { label: 'Mở thư mục', run: () => void api['shell:showInFolder'](exported) }
                  : undefined
              }
            />
            <div className="workspace">
              <main
                className="page-scroll"
                aria-label="Trang kế hoạch"
                ref={setScrollArea}
                style={pageZoomStyle(view)}
              >
                <CompareHost plan={doc.plan}>
                  <EditablePlan plan={doc.plan} />
                </CompareHost>
              </main>
              <aside
                className="side"
                aria-label="Ngăn bên"
                hidden={view.sideCollapsed}
                data-testid="side-pane"
              >
                <div
                  className="side-tabs"
                  role="tablist"
                  aria-label="Ngăn bên"
                  onKeyDown={moveAlongButtons}
                >
                  <button
                    role="tab"
                    aria-selected={sideTab === 'outline'}
                    data-testid="tab-outline"
                    onClick={() => setSideTab('outline')}
                  >
                    Dàn ý và kiểm tra
                  </button>
                  <button
                    role="tab"
                    aria-selected={sideTab === 'library'}
                    data-testid="tab-library"
                    onClick={() => setSideTab('library')}
                  >
                    Thư viện
                  </button>
                  <button
                    role="tab"
                    aria-selected={sideTab === 'coverage'}
                    data-testid="tab-coverage"
                    onClick={() => setSideTab('coverage')}
                  >
                    Bao phủ
                  </button>
                  {doc.lineage && (
                    <button
                      role="tab"
                      aria-selected={sideTab === 'lineage'}
                      data-testid="tab-lineage"
                      onClick={() => setSideTab('lineage')}
                    >
                      Rà soát
                    </button>
                  )}
                </div>
                {doc.plan.provenance && !lineageTab && (
                  <ProvenanceNote provenance={doc.plan.provenance} />
                )}
                {lineageTab ? (
                  <LineagePanel
                    plan={doc.plan}
                    session={lineageTab}
                    onKeep={document_.keepChanges}
                  />
                ) : sideTab === 'outline' || sideTab === 'lineage' ? (
                  <>
                    <OutlinePane plan={doc.plan} />
                    <ChecksPane plan={doc.plan} />
                  </>
                ) : sideTab === 'coverage' ? (
                  <CoveragePane plan={doc.plan} />
                ) : (
                  <LibraryPane />
                )}
              </aside>
            </div>
            <StatusBar
              view={view}
              plan={doc.plan}
              dirty={doc.dirty}
              saved={doc.path !== undefined}
            />
          </>
        ) : (
          <>
            <Notices notice={notice} repairs={[]} onDismiss={() => setNotice(undefined)} />
            <StartScreen
              onNew={() => void document_.newPlan()}
              onProfile={() => setProfileOpen(true)}
              onOpen={() => void document_.open()}
              onOpenPath={path => void document_.openPath(path)}
              onOpenSample={id => void document_.openSample(id)}
              onImportWord={() => void document_.importWord()}
              onImportFolder={() => void pickImportFolder()}
              onCarryForward={() => setLineageKind('carry-forward')}
              onDerive={() => setLineageKind('derive')}
            />
          </>
        )}
        {recovery.length > 0 && (
          <RecoveryDialog
            entries={recovery}
            onRecover={id => {
              setRecovery([])
              void document_.recover(id)
            }}
            onDiscard={id => {
              void api['autosave:discard'](id)
              setRecovery(r => r.filter(e => e.id !== id))
            }}
            onClose={() => setRecovery([])}
          />
        )}
        {preflight && (
          <ExportDialog
            findings={preflight}
            onExport={allow => void runExport(allow)}
            onCancel={() => setPreflight(undefined)}
          />
        )}
        {versionsOpen && doc && <VersionsDialog onClose={() => setVersionsOpen(false)} />}
        {profileOpen && (
          <ProfileDialog
            onClose={saved => {
              setProfileOpen(false)
              if (saved) {
                setNotice({
                  kind: 'info',
                  text: 'Đã lưu hồ sơ đơn vị; kế hoạch mới sẽ dùng thông tin này.',
                })
              }
            }}
          />
        )}
        {sharedOpen && <SharedLibraryDialog onClose={() => setSharedOpen(false)} />}
        {importFolder && (
          <FolderImportDialog folder={importFolder} onClose={() => setImportFolder(undefined)} />
        )}
        {document_.reviewing && (
          <ImportReviewDialog
            imported={document_.reviewing}
            onOpen={document_.openImported}
            onCancel={document_.cancelImport}
          />
        )}
        {lineageKind && (
          <LineageDialog
            kind={lineageKind}
            {...(doc
              ? {
                  openPlan: {
                    plan: doc.plan,
                    name: documentName(doc),
                    ...(doc.path ? { file: doc.path } : {}),
                  },
                }
              : {})}
            onMade={made => {
              setLineageKind(undefined)
              void document_.openMade(made).then(opened => {
                if (opened) {
                  setSideTab('lineage')
                  setNotice({ kind: 'info', text: madeNotice(made) })
                }
              })
            }}
            onCancel={() => setLineageKind(undefined)}
          />
        )}
        {fileRequest && (
          <FileDialog request={fileRequest} onDone={() => setFileRequest(undefined)} />
        )}
        {question}
      </div>
    </WorkspaceContext.Provider>
  )
}

/**
 * The services injected into the panes: the document store over useDocument, the library over
 * the contract, the panes' command registry, dialogs, confirm and the notice bar. One stable
 * object: panes read the current plan through it instead of re-rendering with every keystroke.
 */
function useWorkspaceServices(
  document_: ReturnType<typeof useDocument>,
  dialogs: Dialogs,
  ask: Ask
): Workspace {
  const { doc, update, undo, redo, setNotice, openCopy } = document_
  const plan = useRef(doc?.plan)
  useEffect(() => {
    plan.current = doc?.plan
  }, [doc?.plan])
  const path = useRef(doc?.path)
  useEffect(() => {
    path.current = doc?.path
  }, [doc?.path])
  const activeAppendix = useRef<string | undefined>(undefined)
  const [commands] = useState(createPaneCommands)
  return useMemo<Workspace>(
    () => ({
      document: {
        edit: update,
        undo,
        redo,
        current: () => plan.current,
        activeAppendix: () => activeAppendix.current,
        setActiveAppendix: id => {
          activeAppendix.current = id
        },
        path: () => path.current,
        openCopy,
      },
      library: api,
      lineage: api,
      compare: api,
      versions: api,
      shared: api,
      commands,
      dialogs,
      confirm: async message => (await ask(yesNoQuestion(message))) === 'yes',
      announce: (kind, text) => setNotice({ kind, text }),
    }),
    [ask, commands, dialogs, openCopy, redo, setNotice, undo, update]
  )
}
