import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUNDLE_OPTIONS } from '../../../electron/tools/bundle-options'
import type * as SharedLibraryModule from '../../../electron/main/library/sync/shared-library'
import type * as LibraryServiceModule from '../../../electron/main/library/library-service'
import type * as SecretStoreModule from '../../../electron/main/library/sync/secret-store'
import { paragraph } from '../library/helpers'
import { initServer } from '../library/sync/clerks'
import { startCluster, type PgCluster } from '../library/sync/pg-cluster'

/**
 * The Electron main process is one esbuild bundle, so `pg` must bundle (its optional native
 * binding `pg-native` left out) and work from inside a bundle. The output goes under dist/ so
 * that it resolves `better-sqlite3` from node_modules exactly as dist/electron/main.cjs does.
 */
const root = path.resolve(import.meta.dirname, '..', '..', '..')
const outDir = path.join(root, 'dist', `bundle-test-${process.pid}`)
let cluster: PgCluster

beforeAll(async () => {
  cluster = await startCluster()
  await initServer(cluster)
  await cluster.createUser('bundle_clerk', 'mật khẩu')
}, 120_000)
afterAll(() => {
  cluster?.destroy()
  fs.rmSync(outDir, { recursive: true, force: true })
})

describe('the Electron main bundle', () => {
  it('bundles pg and the sync code into main.cjs, with pg-native left out', async () => {
    const result = await build({
      ...BUNDLE_OPTIONS,
      logLevel: 'silent',
      sourcemap: false,
      metafile: true,
      entryPoints: [path.join(root, 'electron/main/app/main.ts')],
      outfile: path.join(outDir, 'main.cjs'),
      absWorkingDir: root,
    })
    expect(result.errors).toEqual([])
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs).toContain('electron/main/library/sync/shared-library.ts')
    expect(inputs).toContain('electron/main/ipc/sync-handlers.ts')
    expect(inputs.some(input => input.startsWith('node_modules/pg/lib/'))).toBe(true)
    expect(inputs.some(input => input.includes('pg-native'))).toBe(false)
  }, 120_000)

  it('loads the sync code path from a bundle and syncs with a real server', async () => {
    const outfile = path.join(outDir, 'sync-path.cjs')
    await build({
      ...BUNDLE_OPTIONS,
      logLevel: 'silent',
      sourcemap: false,
      stdin: {
        contents: [
          "export { createLibraryService } from './electron/main/library/library-service'",
          "export { createSharedLibrary } from './electron/main/library/sync/shared-library'",
          "export { envSecretStore } from './electron/main/library/sync/secret-store'",
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      outfile,
    })
    const bundled = createRequire(import.meta.url)(outfile) as typeof LibraryServiceModule &
      typeof SharedLibraryModule &
      typeof SecretStoreModule
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-bundle-'))
    const library = bundled.createLibraryService(dataDir, path.join(root, 'resources', 'samples'))
    const shared = bundled.createSharedLibrary({
      library,
      dataDir,
      secrets: bundled.envSecretStore({}),
    })
    try {
      const settings = cluster.settings('bundle_clerk')
      expect(await shared.test(settings, 'mật khẩu')).toMatchObject({ ok: true })
      shared.setSettings(settings, 'mật khẩu')
      library.use(l => l.add(paragraph('Điều khoản gửi từ bản đóng gói.')))
      expect(await shared.syncNow()).toMatchObject({ ok: true, value: { pushed: 1 } })
    } finally {
      await shared.stop()
      await library.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }, 120_000)
})
