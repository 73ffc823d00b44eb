import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openServer } from '../../../../electron/main/library/server/connect'
import {
  addText,
  editText,
  idOf,
  initServer,
  newClerk,
  rows,
  sync,
  texts,
  type Clerk,
} from './clerks'
import { startCluster, type PgCluster } from './pg-cluster'

let cluster: PgCluster

beforeAll(async () => {
  cluster = await startCluster()
  await initServer(cluster, 'batch')
}, 120_000)
afterAll(() => cluster?.destroy())

/** A connection of `clerk` that counts the statements sent through it. */
async function counting(clerk: Clerk): Promise<{ client: pg.Client; count: () => number }> {
  const opened = await openServer(cluster.settings(clerk.user, clerk.database), clerk.password)
  if (!opened.ok) {
    throw new Error(opened.error.message)
  }
  const client = opened.value
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  let sent = 0
  Object.assign(client, {
    query: (...args: unknown[]) => {
      sent++
      return query(...args)
    },
  })
  return { client, count: () => sent }
}

describe('pushing and pulling in batches', () => {
  it('pushes a mixed batch in a few statements, with the outcomes of one by one', async () => {
    const lan = await newClerk(cluster, 'batch', 'batch_lan')
    const chief = await newClerk(cluster, 'batch', 'batch_chief', true)
    const x = addText(lan, 'Điều khoản X sẽ được sửa.')
    const y = addText(lan, 'Điều khoản Y bị sửa ở cả hai máy.')
    const z = addText(lan, 'Điều khoản Z sẽ bị xóa.')
    await sync(cluster, lan)
    await sync(cluster, chief)
    editText(chief, y, 'Điều khoản Y theo trưởng phòng.')
    await sync(cluster, chief)

    const added = Array.from({ length: 40 }, (_, i) => `Nhiệm vụ mới số ${i + 1} của năm.`)
    added.forEach(text => addText(lan, text))
    editText(lan, x, 'Điều khoản X đã sửa.')
    editText(lan, y, 'Điều khoản Y theo chị Lan.')
    expect(lan.library.remove(idOf(lan, z)).ok).toBe(true)
    // A clerk cannot approve: the server keeps the clause harvested, and so does the library.
    const approved = addText(lan, 'Điều khoản chị Lan tự duyệt.')
    expect(lan.library.approve(idOf(lan, approved)).ok).toBe(true)

    const { client, count } = await counting(lan)
    try {
      const pushed = await lan.library.sync.push(client)
      expect(pushed).toEqual({ pushed: 44, rejected: 0 })
      // BEGIN, one insert, one update, one delete, the conflict's look-up, COMMIT.
      expect(count()).toBeLessThanOrEqual(8)
    } finally {
      await client.end()
    }
    expect(lan.library.sync.conflicts.count()).toBe(1)
    expect(rows(lan).find(row => row.uid === approved)).toMatchObject({ status: 'harvested' })

    await sync(cluster, chief)
    expect(texts(chief)).toEqual(
      [
        ...added,
        'Điều khoản X đã sửa.',
        'Điều khoản Y theo trưởng phòng.',
        'Điều khoản chị Lan tự duyệt.',
      ].sort()
    )
    expect(rows(chief).every(row => row.revision > 0)).toBe(true)
  })

  it('pulls many clauses in batches of one statement each', async () => {
    const minh = await newClerk(cluster, 'batch', 'batch_minh')
    const { client, count } = await counting(minh)
    try {
      const pulled = await minh.library.sync.pull(client, { batchSize: 20 })
      expect(pulled.pulled).toBeGreaterThanOrEqual(43)
      expect(count()).toBe(Math.floor(pulled.pulled / 20) + 1)
    } finally {
      await client.end()
    }
    expect(texts(minh)).toHaveLength(43)
  })
})
