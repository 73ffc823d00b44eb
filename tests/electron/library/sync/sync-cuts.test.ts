import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../../../electron/main/library/open-library'
import { MIGRATIONS } from '../../../../electron/main/library/schema'
import { openServer } from '../../../../electron/main/library/server/connect'
import { SERVER_MIGRATIONS } from '../../../../electron/main/library/server/migrations'
import { paragraph, tempDir } from '../helpers'
import { initServer, newClerk, rows, sync, texts, type Clerk } from './clerks'
import { startCluster, type PgCluster } from './pg-cluster'

let cluster: PgCluster

beforeAll(async () => {
  cluster = await startCluster()
}, 120_000)
afterAll(() => cluster?.destroy())

function addMany(clerk: Clerk, prefix: string, n: number): string[] {
  const list = Array.from({ length: n }, (_, i) => `${prefix} số ${i + 1}: rà soát hồ sơ ${i}.`)
  clerk.library.bulkInsert(list.map(text => paragraph(text)))
  return list
}

async function serverCount(database: string): Promise<number> {
  const admin = await cluster.admin(database)
  try {
    const result = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM skh.clause')
    return result.rows[0]?.n ?? -1
  } finally {
    await admin.end()
  }
}

function expectSame(a: Clerk, b: Clerk): void {
  expect(rows(b)).toEqual(rows(a))
  expect(a.library.sync.outbox.pending()).toBe(0)
  expect(b.library.sync.outbox.pending()).toBe(0)
}

describe('a sync cut at any point loses nothing and resumes', () => {
  it('survives the server stopping mid-push and mid-pull', async () => {
    await initServer(cluster, 'stop')
    const lan = await newClerk(cluster, 'stop', 'stop_lan')
    const minh = await newClerk(cluster, 'stop', 'stop_minh')
    const added = addMany(lan, 'Nhiệm vụ', 120)
    await expect(
      sync(cluster, lan, {
        batchSize: 25,
        onBatch: (phase, count) => {
          if (phase === 'push' && count === 50) {
            cluster.stop()
          }
        },
      })
    ).rejects.toBeTruthy()
    cluster.start()
    expect(await serverCount('stop')).toBe(50)
    expect(lan.library.sync.outbox.pending()).toBe(70)
    await sync(cluster, lan, { batchSize: 25 })
    expect(await serverCount('stop')).toBe(120)

    await expect(
      sync(cluster, minh, {
        batchSize: 25,
        onBatch: (phase, count) => {
          if (phase === 'pull' && count === 25) {
            cluster.stop()
          }
        },
      })
    ).rejects.toBeTruthy()
    expect(texts(minh)).toHaveLength(25)
    cluster.start()
    expect(await sync(cluster, minh, { batchSize: 25 })).toMatchObject({ pulled: 95 })
    await sync(cluster, lan)
    expect(texts(minh)).toEqual([...added].sort())
    expectSame(lan, minh)
  })

  it('recognises a push the server committed but the app never heard back about', async () => {
    await initServer(cluster, 'ack')
    const lan = await newClerk(cluster, 'ack', 'ack_lan')
    const minh = await newClerk(cluster, 'ack', 'ack_minh')
    addMany(lan, 'Báo cáo', 30)
    const lost = () => {
      throw new Error('app killed between the server commit and the local commit')
    }
    await expect(sync(cluster, lan, { batchSize: 10, onServerCommit: lost })).rejects.toThrow()
    expect(await serverCount('ack')).toBe(10)
    expect(lan.library.sync.outbox.pending()).toBe(30)
    // One of the lost-answer clauses is edited before the next sync.
    const [first] = rows(lan)
    const id = lan.library.search(first?.text ?? '')[0]?.clause.id ?? ''
    expect(
      lan.library.update(id, {
        fragment: paragraph('Báo cáo đã sửa sau khi mất kết nối.').fragment,
      }).ok
    ).toBe(true)
    const resumed = await sync(cluster, lan, { batchSize: 10 })
    expect(resumed.conflicts).toBe(0)
    expect(await serverCount('ack')).toBe(30)
    await sync(cluster, minh)
    await sync(cluster, lan)
    expect(texts(minh)).toContain('Báo cáo đã sửa sau khi mất kết nối.')
    expectSame(lan, minh)
  })

  it('resumes after the sync process is killed with SIGKILL', async () => {
    await initServer(cluster, 'kill')
    const lan = await newClerk(cluster, 'kill', 'kill_lan')
    const minh = await newClerk(cluster, 'kill', 'kill_minh')
    addMany(lan, 'Kế hoạch', 200)
    lan.library.close()
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'sync-child.ts'), lan.dir, String(cluster.port), 'kill', 'kill_lan'],
      { env: { ...process.env, SKH_LIBRARY_PASSWORD: lan.password }, stdio: ['ignore', 'pipe', 'pipe'] }
    ) // prettier-ignore
    let output = ''
    const exit = new Promise<NodeJS.Signals | null>(resolve =>
      child.on('exit', (_, s) => resolve(s))
    )
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (/push (40|60)\n/.test(output)) {
        child.kill('SIGKILL')
      }
    })
    expect(await exit).toBe('SIGKILL')
    expect(output).not.toContain('done')
    const onServer = await serverCount('kill')
    expect(onServer).toBeGreaterThan(0)
    expect(onServer).toBeLessThan(200)

    const reopened = openLibrary(lan.dir)
    if (!reopened.ok) {
      throw new Error(reopened.error.message)
    }
    lan.library = reopened.library
    await sync(cluster, lan)
    expect(await serverCount('kill')).toBe(200)
    await sync(cluster, minh)
    expect(texts(minh)).toHaveLength(200)
    expectSame(lan, minh)
  })

  it('refuses a wrong password and an old server schema without touching the library', async () => {
    await initServer(cluster, 'auth')
    const lan = await newClerk(cluster, 'auth', 'auth_lan')
    addMany(lan, 'Điều khoản', 3)
    const wrong = await openServer(cluster.settings('auth_lan', 'auth'), 'không đúng')
    expect(wrong.ok ? undefined : wrong.error.code).toBe('library.server.auth')

    const admin = await cluster.admin()
    await admin.query('CREATE DATABASE old_schema')
    await admin.end()
    const old = await cluster.admin('old_schema')
    await old.query(SERVER_MIGRATIONS[0] as string)
    await old.query('INSERT INTO skh.schema_version (version) VALUES (1)')
    await old.query('DELETE FROM skh.schema_version')
    await old.end()
    const outdated = await openServer(cluster.settings('auth_lan', 'old_schema'), lan.password)
    expect(outdated.ok ? undefined : outdated.error.code).toMatch(/schema-old|not-initialised/)
    expect(lan.library.sync.outbox.pending()).toBe(3)
  })

  it('migrates a library from before sync: every clause gets a uid and is shared', async () => {
    await initServer(cluster, 'migrate')
    const dir = tempDir()
    const db = new Database(path.join(dir, 'library.db'))
    db.exec(MIGRATIONS[0] as string)
    db.exec(`INSERT INTO clause_group (id, kind, dup_key, rep_id, member_count) VALUES
      (1, 'paragraph', 'a', 1, 1), (2, 'paragraph', 'b', 2, 1)`)
    const fragment = (text: string) => JSON.stringify(paragraph(text).fragment).replace(/'/g, "''")
    db.exec(`INSERT INTO clause (id, kind, fragment, text, created_at, updated_at, status, group_id)
      VALUES (1, 'paragraph', '${fragment('Cũ một.')}', 'Cũ một.', '2020-01-01', '2020-01-01', 'approved', 1),
             (2, 'paragraph', '${fragment('Cũ hai.')}', 'Cũ hai.', '2020-01-01', '2020-01-01', 'harvested', 2)`)
    db.pragma('user_version = 1')
    db.close()
    const opened = openLibrary(dir)
    if (!opened.ok) {
      throw new Error(opened.error.message)
    }
    await cluster.createUser('migrate_lan', 'mk')
    const lan: Clerk = {
      database: 'migrate',
      user: 'migrate_lan',
      password: 'mk',
      dir,
      library: opened.library,
    }
    const uids = rows(lan).map(row => row.uid)
    expect(new Set(uids).size).toBe(2)
    expect(
      uids.every(uid =>
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uid)
      )
    ).toBe(true)
    expect(lan.library.sync.outbox.pending()).toBe(2)
    const minh = await newClerk(cluster, 'migrate', 'migrate_minh')
    await sync(cluster, lan)
    await sync(cluster, minh)
    expect(texts(minh)).toEqual(['Cũ hai.', 'Cũ một.'])
  })
})
