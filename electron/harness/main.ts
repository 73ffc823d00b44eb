import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultDataDir, defaultDocumentsDir } from '../main/app/app-paths'
import { createHandlers } from '../main/ipc/handlers'
import { createLibraryService } from '../main/library/library-service'
import { envSecretStore } from '../main/library/sync/secret-store'
import { createSharedLibrary } from '../main/library/sync/shared-library'
import { DocumentsGrants } from './documents-grants'
import { startHarness } from './server'

/**
 * `npm run web`: serves the built renderer with the main-process handlers over HTTP on
 * 127.0.0.1:$PORT (default 5179). Data lives in $SKH_DATA_DIR (default: the per-user app-data folder).
 */
async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
  const staticDir = path.join(root, 'dist', 'renderer')
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    console.error('Chưa có bản dựng giao diện: hãy chạy "npm run build:renderer" trước.')
    process.exit(1)
  }
  const dataDir = defaultDataDir()
  const documentsDir = defaultDocumentsDir(dataDir, true)
  fs.mkdirSync(documentsDir, { recursive: true })
  const version = (
    JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
  ).version
  const library = createLibraryService(dataDir, path.join(root, 'resources', 'samples'))
  // The harness keeps the shared-library password in memory only (or SKH_LIBRARY_PASSWORD).
  const shared = createSharedLibrary({
    library,
    dataDir,
    secrets: envSecretStore({ SKH_LIBRARY_PASSWORD: process.env.SKH_LIBRARY_PASSWORD }),
  })
  const endpoint = createHandlers(
    {
      version,
      dataDir,
      documentsDir,
      resourcesDir: path.join(root, 'resources'),
      harness: true,
      // Same grant model as the app: only what its in-page dialog can pick (the documents folder).
      grants: new DocumentsGrants(documentsDir),
      // The harness has no native dialogs: the renderer shows its own (see renderer/services/http-api.ts).
      pickOpen: async () => undefined,
      pickSave: async () => undefined,
      showInFolder: async () => undefined,
      closeWindow: async () => undefined,
    },
    library,
    shared
  )
  shared.start()
  // Ctrl+C: end a running sync, back up what changed in the library, then stop.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(
      signal,
      () =>
        void shared
          .stop()
          .then(() => library.close())
          .finally(() => process.exit(0))
    )
  }
  const port = Number(process.env.PORT ?? 5179)
  await startHarness({ endpoint, staticDir, port, documentsDir })
  console.log(`Soạn Kế hoạch (trình duyệt) đang chạy: http://127.0.0.1:${port}`)
  console.log(`Dữ liệu: ${dataDir}`)
}

void main()
