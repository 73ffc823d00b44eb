import path from 'node:path'
import { app, BrowserWindow, dialog, safeStorage, shell } from 'electron'
import type { FileKind } from '../../../shared/ipc/contract'
import { registerAppScheme, serveAppProtocol } from './app-protocol'
import { APP_ORIGIN, isAppUrl } from './renderer-files'
import { defaultDataDir } from './app-paths'
import { PathGrants } from '../files/path-grants'
import { createHandlers } from '../ipc/handlers'
import { createLibraryService } from '../library/library-service'
import { encryptedSecretStore, SECRET_FILE } from '../library/sync/secret-store'
import { createSharedLibrary } from '../library/sync/shared-library'
import { buildMenu } from './menu'
import { registerIpc } from '../ipc/register-ipc'
import { hardenSession } from './security'

const FILTERS: Readonly<Record<FileKind, Electron.FileFilter[]>> = {
  plan: [{ name: 'Kế hoạch (*.kehoach)', extensions: ['kehoach'] }],
  docx: [{ name: 'Tài liệu Word (*.docx)', extensions: ['docx'] }],
  library: [{ name: 'Thư viện điều khoản (*.thuvien)', extensions: ['thuvien'] }],
  folder: [],
}
/**
 * "Mở từ Word…" also opens old .doc files and the PDF copies of signed plans; "Mở…" lists them too
 * and offers to import one into a new plan.
 */
const OPEN_FILTERS: Partial<Record<FileKind, Electron.FileFilter[]>> = {
  plan: [
    ...FILTERS.plan,
    { name: 'Tài liệu Word hoặc PDF (*.docx, *.doc, *.pdf)', extensions: ['docx', 'doc', 'pdf'] },
  ],
  docx: [
    { name: 'Tài liệu Word hoặc PDF (*.docx, *.doc, *.pdf)', extensions: ['docx', 'doc', 'pdf'] },
  ],
}

const appRoot = app.getAppPath()
const rendererDir = path.join(appRoot, 'dist', 'renderer')
const resourcesDir = app.isPackaged
  ? path.join(process.resourcesPath, 'resources')
  : path.join(appRoot, 'resources')

let win: BrowserWindow | undefined
/** Set once the clerk has answered the page's own unsaved-changes question: close without asking. */
let closeAnswered = false

/** A `.kehoach` file named on the command line (Windows opens associated files this way). */
function planFileArg(argv: readonly string[]): string | undefined {
  return argv.slice(1).find(arg => arg.toLowerCase().endsWith('.kehoach') && !arg.startsWith('-'))
}

/** The files the clerk chose (see PathGrants): the only ones the window may open or write. */
const grants = new PathGrants()

/** Asks the renderer to open a plan file (once its page has loaded). */
function openInWindow(window: BrowserWindow, file: string | undefined): void {
  if (!file) {
    return
  }
  // Named on the command line (a double-click in Explorer): chosen by the clerk.
  grants.grant(file, 'read')
  const send = () => window.webContents.send('app:open-file', path.resolve(file))
  if (window.webContents.isLoading()) {
    window.webContents.once('did-finish-load', send)
  } else {
    send()
  }
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 900,
    title: 'Soạn Kế hoạch',
    show: false,
    webPreferences: {
      preload: path.join(appRoot, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A clerk's installed copy has no developer tools; `npm start` keeps them for developers.
      devTools: !app.isPackaged,
    },
  })
  window.setMenu(buildMenu(window))
  // No pinch zoom of the whole window: the page has its own zoom (Ctrl + wheel, the Xem menu), and
  // the renderer cancels Ctrl + wheel so Chromium never zooms the window either.
  void window.webContents.setVisualZoomLevelLimits(1, 1)
  window.once('ready-to-show', () => window.show())
  // The page refuses to unload while a plan has unsaved changes: the window stays open and the
  // page asks "Lưu / Không lưu / Hủy" in its own dialog, then closes it through `window:close`.
  window.webContents.on('will-prevent-unload', event => {
    if (closeAnswered) {
      event.preventDefault()
      return
    }
    window.webContents.send('app:close-request')
  })
  void window.loadURL(`${APP_ORIGIN}/index.html`)
  return window
}

function main(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  // One data folder for the app, the CLI and the harness (not Electron's productName folder).
  app.setPath('userData', defaultDataDir())
  registerAppScheme()
  app.whenReady().then(
    () => {
      serveAppProtocol(rendererDir)
      hardenSession(isAppUrl, { devTools: !app.isPackaged })
      const dataDir = defaultDataDir()
      const library = createLibraryService(dataDir, path.join(resourcesDir, 'samples'))
      // The shared-library password is encrypted for this Windows user (DPAPI via safeStorage).
      const shared = createSharedLibrary({
        library,
        dataDir,
        secrets: encryptedSecretStore(path.join(dataDir, SECRET_FILE), safeStorage),
      })
      // On quit, a running sync ends first, then the library is backed up and closed.
      let closing = false
      app.on('will-quit', event => {
        if (!closing) {
          closing = true
          event.preventDefault()
          void shared
            .stop()
            .then(() => library.close())
            .finally(() => app.quit())
        }
      })
      const endpoint = createHandlers(
        {
          version: app.getVersion(),
          dataDir,
          documentsDir: app.getPath('documents'),
          resourcesDir,
          harness: false,
          grants,
          pickOpen: async kind => {
            const owner = win ?? BrowserWindow.getFocusedWindow()
            const options = {
              title: kind === 'folder' ? 'Chọn thư mục' : 'Mở',
              filters: OPEN_FILTERS[kind] ?? FILTERS[kind],
              properties: [kind === 'folder' ? ('openDirectory' as const) : ('openFile' as const)],
            }
            const result = owner
              ? await dialog.showOpenDialog(owner, options)
              : await dialog.showOpenDialog(options)
            return result.canceled ? undefined : result.filePaths[0]
          },
          pickSave: async (kind, defaultName) => {
            const owner = win ?? BrowserWindow.getFocusedWindow()
            const options = {
              title: 'Lưu thành',
              defaultPath: path.join(app.getPath('documents'), defaultName),
              filters: FILTERS[kind],
            }
            const result = owner
              ? await dialog.showSaveDialog(owner, options)
              : await dialog.showSaveDialog(options)
            return result.canceled ? undefined : result.filePath
          },
          showInFolder: async file => shell.showItemInFolder(file),
          closeWindow: async () => {
            closeAnswered = true
            win?.close()
          },
        },
        library,
        shared
      )
      registerIpc(endpoint, isAppUrl)
      shared.start()
      win = createWindow()
      openInWindow(win, planFileArg(process.argv))
      app.on('second-instance', (_event, argv) => {
        if (win?.isMinimized()) {
          win.restore()
        }
        win?.focus()
        if (win) {
          openInWindow(win, planFileArg(argv))
        }
      })
    },
    error => {
      dialog.showErrorBox('Soạn Kế hoạch', `Không thể khởi động chương trình: ${String(error)}`)
      app.quit()
    }
  )
  app.on('window-all-closed', () => app.quit())
}

main()
