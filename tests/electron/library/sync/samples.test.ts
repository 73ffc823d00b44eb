import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSamplePlans } from '../../../../electron/main/library/sample-plans'
import { sampleUid, uuidV5 } from '../../../../electron/main/library/sample-uid'
import { paragraph } from '../helpers'
import { initServer, newClerk, rows, sync, type Clerk } from './clerks'
import { startCluster, type PgCluster } from './pg-cluster'

let cluster: PgCluster
const samplesDir = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'resources', 'samples')

beforeAll(async () => {
  cluster = await startCluster()
  await initServer(cluster, 'samples')
}, 120_000)
afterAll(() => cluster?.destroy())

async function serverCount(): Promise<number> {
  const admin = await cluster.admin('samples')
  try {
    const result = await admin.query<{ n: string }>('SELECT count(*) AS n FROM skh.clause')
    return Number(result.rows[0]?.n)
  } finally {
    await admin.end()
  }
}

/** A clerk whose new library was seeded from the five sample plans, as every PC's is. */
async function seededClerk(user: string): Promise<Clerk> {
  const clerk = await newClerk(cluster, 'samples', user)
  expect(clerk.library.seedIfEmpty(() => loadSamplePlans(samplesDir))).toBeGreaterThan(100)
  return clerk
}

describe('sample clauses and the shared library', () => {
  it('makes RFC 9562 name-based uids', () => {
    // The RFC's own example: "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2'
    )
    expect(sampleUid('000.kehoach', 'item', 'Một', 0)).not.toBe(
      sampleUid('000.kehoach', 'item', 'Một', 1)
    )
  })

  it('two data folders seeded from the samples push none of them, and converge on an edit', async () => {
    const lan = await seededClerk('sample_lan')
    const minh = await seededClerk('sample_minh')
    const lanRows = rows(lan)
    // Same samples, same uids on every PC; nothing waits to be pushed.
    expect(rows(minh).map(row => row.uid)).toEqual(lanRows.map(row => row.uid))
    expect(lan.library.sync.outbox.pending()).toBe(0)

    lan.library.add(paragraph('Điều khoản riêng của chị Lan.'))
    expect((await sync(cluster, lan)).pushed).toBe(1)
    expect((await sync(cluster, minh)).pushed).toBe(0)
    expect(await serverCount()).toBe(1)

    // Lan rewords one sample clause: the edit is shared and replaces Minh's unedited copy.
    const sample = lanRows.find(row => row.text.length > 40) as (typeof lanRows)[number]
    const id = lan.library.search(sample.text.slice(0, 40), { limit: 1 })[0]?.clause.id as string
    lan.library.update(id, { fragment: paragraph('Câu mẫu đã sửa lại cho năm nay.').fragment })
    await sync(cluster, lan)
    await sync(cluster, minh)
    expect(await serverCount()).toBe(2)
    const mine = rows(minh)
    expect(mine.find(row => row.uid === sample.uid)?.text).toBe('Câu mẫu đã sửa lại cho năm nay.')
    expect(mine).toHaveLength(lanRows.length + 1)
    expect(mine).toEqual(rows(lan))
  })
})
