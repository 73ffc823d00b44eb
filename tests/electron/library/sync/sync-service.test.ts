import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { libraryCommand } from '../../../../electron/cli/commands/library'
import {
  encryptedSecretStore,
  envSecretStore,
} from '../../../../electron/main/library/sync/secret-store'
import { createSyncService } from '../../../../electron/main/library/sync/sync-service'
import type { ServerSettings } from '../../../../shared/library/sync-types'
import { tempDir } from '../helpers'
import { addText, editText, initServer, newClerk, sync, texts, type Clerk } from './clerks'
import { startCluster, type PgCluster } from './pg-cluster'

let cluster: PgCluster

beforeAll(async () => {
  cluster = await startCluster()
  await initServer(cluster, 'service')
}, 120_000)
afterAll(() => cluster?.destroy())

function serviceFor(clerk: Clerk, env: NodeJS.ProcessEnv = {}) {
  let saved: ServerSettings | undefined
  return createSyncService({
    library: clerk.library,
    settings: { read: () => saved, write: settings => (saved = settings) },
    secrets: envSecretStore(env),
    intervalMs: 0,
  })
}

describe('the sync service', () => {
  it('reports off, idle, and errors in Vietnamese, and recovers when the server is back', async () => {
    const lan = await newClerk(cluster, 'service', 'svc_lan')
    const service = serviceFor(lan)
    expect(service.status().state).toBe('off')
    addText(lan, 'Điều khoản chờ đồng bộ.')
    service.configure(cluster.settings('svc_lan', 'service'), 'sai')
    const wrong = await service.syncNow()
    expect(wrong.ok ? undefined : wrong.error.code).toBe('library.server.auth')
    expect(service.status()).toMatchObject({ state: 'error', pending: 1 })
    expect(service.status().error?.message).toContain('sai tên đăng nhập hoặc mật khẩu')

    service.configure(cluster.settings('svc_lan', 'service'), lan.password)
    cluster.stop()
    try {
      const down = await service.syncNow()
      expect(down.ok ? undefined : down.error.code).toBe('library.server.unreachable')
    } finally {
      cluster.start()
    }
    const [first, second] = [service.syncNow(), service.syncNow()]
    expect(first).toBe(second)
    expect((await first).ok).toBe(true)
    expect(service.status()).toMatchObject({ state: 'idle', pending: 0, conflicts: 0 })
    expect(service.status().lastSyncAt).toMatch(/^\d{4}-/)
  })

  it('lists a conflict with both versions and resolves it', async () => {
    const lan = await newClerk(cluster, 'service', 'svc_conflict_lan')
    const chief = await newClerk(cluster, 'service', 'svc_conflict_chief', true)
    const uid = addText(lan, 'Bản đầu tiên.')
    await sync(cluster, lan)
    await sync(cluster, chief)
    editText(chief, uid, 'Bản của trưởng phòng.')
    await sync(cluster, chief)
    editText(lan, uid, 'Bản của chị Lan.')
    const service = serviceFor(lan)
    service.configure(cluster.settings(lan.user, 'service'), lan.password)
    expect(await service.syncNow()).toMatchObject({ ok: true, value: { conflicts: 1 } })
    const [conflict] = service.conflicts()
    expect(conflict).toMatchObject({
      uid,
      mine: { text: 'Bản của chị Lan.' },
      theirs: { text: 'Bản của trưởng phòng.' },
      theirAuthor: 'svc_conflict_chief',
    })
    expect(service.resolve(uid, 'theirs').ok).toBe(true)
    expect(service.resolve(uid, 'theirs').ok).toBe(false)
    expect(texts(lan)).toContain('Bản của trưởng phòng.')
  })

  it('syncs from the CLI with the password from SKH_LIBRARY_PASSWORD', async () => {
    const lan = await newClerk(cluster, 'service', 'svc_cli_lan')
    const minh = await newClerk(cluster, 'service', 'svc_cli_minh')
    addText(lan, 'Điều khoản gửi bằng dòng lệnh.')
    lan.library.close()
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    process.env.SKH_LIBRARY_PASSWORD = lan.password
    let code: number
    let printed = ''
    try {
      code = await libraryCommand(
        ['sync', '--host', '127.0.0.1', '--port', String(cluster.port), '--database', 'service', '--user', lan.user],
        lan.dir
      ) // prettier-ignore
      printed = String(log.mock.calls[0]?.[0])
    } finally {
      delete process.env.SKH_LIBRARY_PASSWORD
      log.mockRestore()
    }
    expect(code).toBe(0)
    expect(JSON.parse(printed)).toMatchObject({ ok: true, pending: 0 })
    await sync(cluster, minh)
    expect(texts(minh)).toContain('Điều khoản gửi bằng dòng lệnh.')
  })
})

describe('password stores', () => {
  const cipher = (available: boolean) => ({
    isEncryptionAvailable: () => available,
    encryptString: (plain: string) =>
      Buffer.from(Buffer.from(plain, 'utf8').map(byte => byte ^ 0x5a)),
    decryptString: (data: Buffer) => Buffer.from(data.map(byte => byte ^ 0x5a)).toString('utf8'),
  })

  it('keeps the password encrypted on disk and refuses to store it in clear', () => {
    const file = path.join(tempDir(), 'secret')
    const store = encryptedSecretStore(file, cipher(true))
    expect(store.read()).toBeUndefined()
    store.write('mật khẩu bí mật')
    expect(fs.readFileSync(file).toString('utf8')).not.toContain('bí mật')
    expect(store.read()).toBe('mật khẩu bí mật')
    store.clear()
    expect(store.read()).toBeUndefined()
    expect(() => encryptedSecretStore(file, cipher(false)).write('x')).toThrow()
    expect(fs.existsSync(file)).toBe(false)
  })
})
