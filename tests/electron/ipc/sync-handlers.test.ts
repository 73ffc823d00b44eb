import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callHandler } from '../../../electron/main/ipc/call-handler'
import { createHandlers } from '../../../electron/main/ipc/handlers'
import type { Endpoint } from '../../../electron/main/ipc/handler-types'
import { createLibraryService } from '../../../electron/main/library/library-service'
import { SERVER_MIGRATIONS } from '../../../electron/main/library/server/migrations'
import { envSecretStore } from '../../../electron/main/library/sync/secret-store'
import { SETTINGS_FILE } from '../../../electron/main/library/sync/settings-file'
import { createSharedLibrary } from '../../../electron/main/library/sync/shared-library'
import type { ServerSettings } from '../../../shared/library/sync-types'
import { paragraph, tempDir } from '../library/helpers'
import { initServer, newClerk, sync, texts } from '../library/sync/clerks'
import { startCluster, type PgCluster } from '../library/sync/pg-cluster'

let cluster: PgCluster
const root = path.resolve(import.meta.dirname, '..', '..', '..')

beforeAll(async () => {
  cluster = await startCluster()
  await initServer(cluster, 'office')
  await cluster.createUser('lan', 'mật khẩu của Lan')
}, 120_000)
afterAll(() => cluster?.destroy())

/** The handlers over a data folder of their own, as the app or the harness makes them. */
function endpointFor(dataDir = tempDir()) {
  const library = createLibraryService(dataDir, path.join(root, 'resources', 'samples'))
  const env: NodeJS.ProcessEnv = {}
  const shared = createSharedLibrary({ library, dataDir, secrets: envSecretStore(env) })
  const endpoint: Endpoint = createHandlers(
    {
      version: 'test',
      dataDir,
      documentsDir: dataDir,
      resourcesDir: path.join(root, 'resources'),
      harness: true,
      pickOpen: async () => undefined,
      pickSave: async () => undefined,
      showInFolder: async () => undefined,
      closeWindow: async () => undefined,
    },
    library,
    shared
  )
  const call = (channel: string, ...args: unknown[]) => callHandler(endpoint, channel, args)
  return { dataDir, env, call, shared, library }
}

const office = (): ServerSettings => cluster.settings('lan', 'office')

describe('shared library channels against a real PostgreSQL', () => {
  it('keeps the password out of every answer and out of the settings file', async () => {
    const { call, dataDir, env } = endpointFor()
    expect(await call('sync:getSettings')).toEqual({ hasPassword: false })
    expect(await call('sync:status')).toMatchObject({ state: 'off' })
    const saved = await call('sync:setSettings', office(), 'mật khẩu của Lan')
    expect(saved).toEqual({ ok: true, value: { settings: office(), hasPassword: true } })
    const view = await call('sync:getSettings')
    expect(view).toEqual({ settings: office(), hasPassword: true })
    expect(JSON.stringify(view)).not.toContain('mật khẩu')
    expect(fs.readFileSync(path.join(dataDir, SETTINGS_FILE), 'utf8')).not.toContain('mật khẩu')
    expect(env.SKH_LIBRARY_PASSWORD).toBe('mật khẩu của Lan')
    // Saving again without a password keeps the one already kept.
    await call('sync:setSettings', { ...office(), tls: 'off' })
    expect(await call('sync:getSettings')).toEqual({
      settings: { ...office(), tls: 'off' },
      hasPassword: true,
    })
    expect(await call('sync:test', office())).toMatchObject({ ok: true })
    expect(await call('sync:disconnect')).toEqual({ hasPassword: false })
    expect(await call('sync:getSettings')).toEqual({ hasPassword: false })
    expect(env.SKH_LIBRARY_PASSWORD).toBeUndefined()
  })

  it('refuses bad settings before any handler runs', async () => {
    const { call } = endpointFor()
    await expect(call('sync:setSettings', { ...office(), port: 70000 })).rejects.toThrow()
    await expect(call('sync:setSettings', { ...office(), host: '' }, 'x')).rejects.toThrow()
    await expect(call('sync:resolve', 'not-a-uid', 'mine')).rejects.toThrow()
    await expect(call('sync:resolve', crypto.randomUUID(), 'all')).rejects.toThrow()
  })

  it('says in Vietnamese: wrong password, unreachable, no schema, older and newer schema', async () => {
    const { call } = endpointFor()
    const wrong = await call('sync:test', office(), 'sai mật khẩu')
    expect(wrong).toMatchObject({ ok: false, error: { code: 'library.server.auth' } })
    expect(JSON.stringify(wrong)).toContain('sai tên đăng nhập hoặc mật khẩu')
    const down = await call('sync:test', { ...office(), port: 1 }, 'x')
    expect(down).toMatchObject({ ok: false, error: { code: 'library.server.unreachable' } })
    expect(JSON.stringify(down)).toContain('Không kết nối được máy chủ')

    const admin = await cluster.admin()
    await admin.query('CREATE DATABASE empty_office')
    await admin.query('CREATE DATABASE old_office')
    await admin.end()
    const admins = (database: string) => cluster.settings(undefined, database)
    const none = await call('sync:test', admins('empty_office'), cluster.adminPassword)
    expect(none).toMatchObject({ ok: false, error: { code: 'library.server.not-initialised' } })

    const old = await cluster.admin('old_office')
    await old.query(SERVER_MIGRATIONS[0] as string)
    await old.query('INSERT INTO skh.schema_version (version) VALUES (1)')
    const older = await call('sync:test', admins('old_office'), cluster.adminPassword)
    expect(older).toMatchObject({ ok: false, error: { code: 'library.server.schema-old' } })
    expect(JSON.stringify(older)).toContain('library server migrate')
    await old.query('INSERT INTO skh.schema_version (version) VALUES (99)')
    await old.end()
    const newer = await call('sync:test', admins('old_office'), cluster.adminPassword)
    expect(newer).toMatchObject({ ok: false, error: { code: 'library.server.schema-new' } })
    expect(JSON.stringify(newer)).toContain('Hãy cập nhật Soạn Kế hoạch')
  })

  it('syncs an added clause, reports the status, and finds it on the server', async () => {
    const { call } = endpointFor()
    await call('sync:setSettings', office(), 'mật khẩu của Lan')
    await call('library:add', paragraph('Tổ chức hội nghị tập huấn nghiệp vụ văn thư lưu trữ.'))
    expect(await call('sync:status')).toMatchObject({ pending: 1 })
    const synced = await call('sync:now')
    expect(synced).toMatchObject({ ok: true, value: { pushed: 1 } })
    const status = (await call('sync:status')) as { state: string; lastSyncAt?: string }
    expect(status).toMatchObject({ state: 'idle', pending: 0, conflicts: 0 })
    expect(Date.parse(status.lastSyncAt ?? '')).toBeGreaterThan(Date.now() - 60_000)

    const found = await call('sync:search', 'tap huan van thu', { limit: 5 })
    expect(found).toMatchObject({
      ok: true,
      value: [
        {
          origin: 'server',
          author: 'lan',
          clause: { text: 'Tổ chức hội nghị tập huấn nghiệp vụ văn thư lưu trữ.' },
        },
      ],
    })
    const hit = (found as { value: { clause: { fragment: unknown }; ranges: unknown[] }[] })
      .value[0]
    expect(hit?.clause.fragment).toMatchObject({ kind: 'paragraph' })
    expect(hit?.ranges.length).toBeGreaterThan(0)
  })

  it('shows "offline" when the server cannot be reached, and syncs once it is back', async () => {
    const { call } = endpointFor()
    await call('sync:setSettings', { ...office(), port: 1 }, 'mật khẩu của Lan')
    await call('library:add', paragraph('Điều khoản soạn khi mất mạng.'))
    expect(await call('sync:now')).toMatchObject({ ok: false })
    expect(await call('sync:status')).toMatchObject({
      state: 'offline',
      pending: 1,
      error: { code: 'library.server.unreachable' },
    })
    await call('sync:setSettings', office())
    expect(await call('sync:now')).toMatchObject({ ok: true })
    expect(await call('sync:status')).toMatchObject({ state: 'idle', pending: 0 })
  })

  it('syncs shortly after a local change, on its own', async () => {
    const dataDir = tempDir()
    const library = createLibraryService(dataDir, path.join(root, 'resources', 'samples'))
    const shared = createSharedLibrary({
      library,
      dataDir,
      secrets: envSecretStore({}),
      afterChangeMs: 50,
      intervalMs: 3_600_000,
    })
    const endpoint = createHandlers(
      {
        version: 'test',
        dataDir,
        documentsDir: dataDir,
        resourcesDir: path.join(root, 'resources'),
        harness: true,
        pickOpen: async () => undefined,
        pickSave: async () => undefined,
        showInFolder: async () => undefined,
        closeWindow: async () => undefined,
      },
      library,
      shared
    )
    await callHandler(endpoint, 'sync:setSettings', [office(), 'mật khẩu của Lan'])
    await expect.poll(() => shared.status().lastSyncAt, { timeout: 20_000 }).toBeDefined()
    const first = shared.status().lastSyncAt
    await callHandler(endpoint, 'library:add', [paragraph('Điều khoản tự đồng bộ.')])
    await expect
      .poll(() => shared.status(), { timeout: 20_000 })
      .toMatchObject({ state: 'idle', pending: 0 })
    expect(shared.status().lastSyncAt).not.toBe(first)
    await shared.stop()
    await library.close()
  })

  it('lists a conflict with both versions and keeps both when asked', async () => {
    const { call } = endpointFor()
    await call('sync:setSettings', office(), 'mật khẩu của Lan')
    const added = (await call('library:add', paragraph('Bản gốc của điều khoản.'))) as {
      value: { id: string }
    }
    await call('sync:now')
    const chief = await newClerk(cluster, 'office', 'chief', true)
    await sync(cluster, chief)
    const theirs = chief.library
    const id = theirs.search('Bản gốc của điều khoản', { limit: 1 })[0]?.clause.id as string
    theirs.update(id, { fragment: paragraph('Bản của trưởng phòng.').fragment })
    await sync(cluster, chief)
    await call('library:update', added.value.id, {
      fragment: paragraph('Bản của chị Lan.').fragment,
    })
    expect(await call('sync:now')).toMatchObject({ ok: true, value: { conflicts: 1 } })
    expect(await call('sync:status')).toMatchObject({ conflicts: 1 })
    const conflicts = (await call('sync:conflicts')) as { uid: string }[]
    expect(conflicts).toMatchObject([
      {
        mine: { text: 'Bản của chị Lan.' },
        theirs: { text: 'Bản của trưởng phòng.' },
        theirAuthor: 'chief',
      },
    ])
    const uid = conflicts[0]?.uid as string
    expect(await call('sync:resolve', uid, 'both')).toEqual({ ok: true })
    expect(await call('sync:conflicts')).toEqual([])
    await call('sync:now')
    await sync(cluster, chief)
    expect(texts(chief)).toEqual(
      expect.arrayContaining(['Bản của chị Lan.', 'Bản của trưởng phòng.'])
    )
    expect(texts(chief)).not.toContain('Bản gốc của điều khoản.')
  })
})
