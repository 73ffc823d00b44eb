import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { libraryCommand } from '../../../../electron/cli/commands/library'
import {
  checkSchema,
  connectServer,
  openServer,
} from '../../../../electron/main/library/server/connect'
import { migrateServer } from '../../../../electron/main/library/server/migrate'
import {
  SERVER_MIGRATIONS,
  SERVER_SCHEMA_VERSION,
} from '../../../../electron/main/library/server/migrations'
import { startCluster, type PgCluster } from './pg-cluster'

let cluster: PgCluster

beforeAll(async () => {
  cluster = await startCluster()
}, 120_000)
afterAll(() => cluster?.destroy())

async function cli(args: string[]): Promise<{ code: number; out: Record<string, unknown> }> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    const code = await libraryCommand(args, cluster.dir)
    const printed = log.mock.calls.map(call => String(call[0])).join('\n')
    return { code, out: (printed ? JSON.parse(printed) : {}) as Record<string, unknown> }
  } finally {
    log.mockRestore()
    error.mockRestore()
  }
}

const flags = (database = 'skh') => [
  '--host', '127.0.0.1', '--port', String(cluster.port), '--database', database, '--user', 'skh_admin',
] // prettier-ignore

const insertSql = `INSERT INTO skh.clause (uid, change_id, seq, kind, fragment, text, folded,
  dup_key, status, author) VALUES ($1, $2, 0, 'paragraph', '{}', 'x', 'x', 'x', $3, $4)
  RETURNING author, status, revision`

describe('shared library server schema', () => {
  it('init creates the schema through the CLI; migrate then has nothing to do', async () => {
    process.env.SKH_LIBRARY_PASSWORD = cluster.adminPassword
    const first = await cli(['server', 'init', ...flags()])
    expect(first).toMatchObject({ code: 0, out: { ok: true, from: 0, to: SERVER_SCHEMA_VERSION } })
    const again = await cli(['server', 'migrate', ...flags()])
    expect(again.out).toMatchObject({ ok: true, from: SERVER_SCHEMA_VERSION })
    const admin = await cluster.admin()
    expect((await checkSchema(admin)).ok).toBe(true)
    await admin.end()
  })

  it('says so, in Vietnamese, for a wrong password and an unreachable server', async () => {
    process.env.SKH_LIBRARY_PASSWORD = 'sai mật khẩu'
    const wrong = await cli(['server', 'migrate', ...flags()])
    expect(wrong.code).toBe(1)
    expect(wrong.out.error).toMatchObject({ code: 'library.server.auth' })
    expect(JSON.stringify(wrong.out)).toContain('sai tên đăng nhập hoặc mật khẩu')
    const closed = await connectServer({ ...cluster.settings(), port: 1 }, 'x')
    expect(closed.ok ? undefined : closed.error.code).toBe('library.server.unreachable')
  })

  it('tells an old schema (migrate upgrades it) from a newer one (refused)', async () => {
    const admin = await cluster.admin()
    await admin.query('CREATE DATABASE skh_old')
    await admin.end()
    const old = await connectServer(
      { ...cluster.settings(), database: 'skh_old' },
      cluster.adminPassword
    )
    if (!old.ok) {
      throw new Error(old.error.message)
    }
    const client = old.value
    for (const [i, sql] of SERVER_MIGRATIONS.slice(0, -1).entries()) {
      await client.query(sql)
      await client.query('INSERT INTO skh.schema_version (version) VALUES ($1)', [i + 1])
    }
    const older = await checkSchema(client)
    expect(older.ok ? undefined : older.error.code).toBe(
      SERVER_SCHEMA_VERSION > 1 ? 'library.server.schema-old' : 'library.server.not-initialised'
    )
    expect((await migrateServer(client)).ok).toBe(true)
    expect((await checkSchema(client)).ok).toBe(true)

    await client.query('INSERT INTO skh.schema_version (version) VALUES ($1)', [
      SERVER_SCHEMA_VERSION + 1,
    ])
    const newer = await checkSchema(client)
    expect(newer.ok ? undefined : newer.error.message).toContain('Hãy cập nhật Soạn Kế hoạch')
    const refused = await migrateServer(client)
    expect(refused.ok ? undefined : refused.error.code).toBe('library.server.schema-new')
    await client.end()
  })

  it('gives clerks least privilege: own rows only, no approval, no delete, no forged author', async () => {
    await cluster.createUser('lan', 'mật-khẩu-lan')
    await cluster.createUser('minh', 'mật-khẩu-minh')
    await cluster.createUser('truong_phong', 'mật-khẩu-tp', true)
    const as = async (user: string, password: string) => {
      const opened = await openServer(cluster.settings(user), password)
      if (!opened.ok) {
        throw new Error(opened.error.message)
      }
      return opened.value
    }
    const lan = await as('lan', 'mật-khẩu-lan')
    const minh = await as('minh', 'mật-khẩu-minh')
    const curator = await as('truong_phong', 'mật-khẩu-tp')
    const uid = randomUUID()
    const inserted = await lan.query(insertSql, [uid, randomUUID(), 'approved', 'minh'])
    // The server sets the author and refuses a clerk's approval.
    expect(inserted.rows[0]).toEqual({ author: 'lan', status: 'harvested', revision: 1 })

    const update = "UPDATE skh.clause SET text = 'y', status = $2 WHERE uid = $1 RETURNING status"
    expect((await minh.query(update, [uid, 'harvested'])).rowCount).toBe(0)
    expect((await lan.query(update, [uid, 'approved'])).rows).toEqual([{ status: 'harvested' }])
    expect((await curator.query(update, [uid, 'approved'])).rows).toEqual([{ status: 'approved' }])
    await expect(lan.query('DELETE FROM skh.clause WHERE uid = $1', [uid])).rejects.toMatchObject({
      code: '42501',
    })
    await expect(lan.query('DROP TABLE skh.clause')).rejects.toBeTruthy()
    const row = await lan.query('SELECT revision, text FROM skh.clause WHERE uid = $1', [uid])
    expect(row.rows).toEqual([{ revision: 3, text: 'y' }])
    await Promise.all([lan.end(), minh.end(), curator.end()])
  })
})
