import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openServer } from '../../../../electron/main/library/server/connect'
import { trigramSimilarity } from '../../../../electron/main/library/server/server-groups'
import { searchServer } from '../../../../electron/main/library/server/server-search'
import { paragraph } from '../helpers'
import { addText, idOf, initServer, newClerk, sync, type Clerk } from './clerks'
import { startCluster, type PgCluster } from './pg-cluster'

let cluster: PgCluster
let client: pg.Client
let chief: Clerk

beforeAll(async () => {
  cluster = await startCluster()
  await initServer(cluster, 'search')
  const lan = await newClerk(cluster, 'search', 'search_lan')
  chief = await newClerk(cluster, 'search', 'search_chief', true)
  lan.library.bulkInsert([
    paragraph('Tuyên truyền Luật Giao thông đường bộ năm 2023.', { year: 2023, level: 'xa' }),
    paragraph('Tuyên truyền Luật Giao thông đường bộ năm 2024.', { year: 2024, level: 'xa' }),
    paragraph('Tuyên truyền pháp luật về giao thông cho học sinh.', { year: 2024, level: 'huyen' }),
    paragraph('Kiểm tra công tác cải cách hành chính.', { year: 2022 }, { cchc: 'C3.1' }),
    // Not the same near-duplicate key (an extra word), but trigram-similar: one hit.
    paragraph('Kiểm tra công tác cải cách hành chính định kỳ.', { year: 2020 }),
    paragraph(`Câu có "ngoặc kép", 'nháy đơn' và \\ gạch chéo ngược.`, { year: 2021 }),
  ])
  await sync(cluster, lan)
  await sync(cluster, chief)
  // The curator approves the wording for learners: it must rank first for everyone.
  const approved = addText(chief, 'Tuyên truyền an toàn giao thông trong trường học.')
  expect(chief.library.approve(idOf(chief, approved)).ok).toBe(true)
  await sync(cluster, chief)
  const opened = await openServer(cluster.settings('search_lan', 'search'), lan.password)
  if (!opened.ok) {
    throw new Error(opened.error.message)
  }
  client = opened.value
}, 180_000)
afterAll(async () => {
  await client?.end()
  cluster?.destroy()
})

describe('server search', () => {
  it('finds text typed without diacritics, approved wording first, near-duplicates grouped', async () => {
    const hits = await searchServer(client, 'tuyen truyen giao thong')
    expect(hits[0]).toMatchObject({ status: 'approved', author: 'search_chief' })
    const years = hits.find(hit => hit.text.includes('Luật Giao thông'))
    expect(years).toMatchObject({ count: 2, years: [2023, 2024] })
    expect(hits.map(hit => hit.text)).toContain(
      'Tuyên truyền pháp luật về giao thông cho học sinh.'
    )
    expect(hits).toHaveLength(3)
  })

  it('matches the last word as a prefix and applies the filters', async () => {
    expect(await searchServer(client, 'cai cach hanh ch')).toMatchObject([
      { count: 2, years: [2020, 2022] },
    ])
    expect(await searchServer(client, 'kiem tra', { filters: { cchc: 'C3' } })).toHaveLength(1)
    expect(await searchServer(client, 'kiem tra', { filters: { cchc: 'C31' } })).toHaveLength(0)
    const huyen = await searchServer(client, 'tuyen truyen', { filters: { level: 'huyen' } })
    expect(huyen.map(hit => hit.text)).toEqual([
      'Tuyên truyền pháp luật về giao thông cho học sinh.',
    ])
    const in2023 = await searchServer(client, 'giao thong', { filters: { year: 2023 } })
    expect(in2023).toMatchObject([{ count: 1, years: [2023] }])
    expect(await searchServer(client, '', { filters: { status: 'approved' } })).toHaveLength(1)
  })

  it('treats hostile search strings as words, never as syntax', async () => {
    const hostile = [
      `'; DROP TABLE skh.clause; --`,
      `"ngoặc kép" \\ & | ! ( ) :* <-> $1`,
      'tuyen\u0000truyen',
      `${'giao thông '.repeat(20_000)}`,
      ':*',
      '',
    ]
    for (const query of hostile) {
      const hits = await searchServer(client, query)
      expect(Array.isArray(hits)).toBe(true)
    }
    const quoted = await searchServer(client, `"ngoặc kép" 'nháy đơn' \\`)
    expect(quoted.map(hit => hit.text)).toEqual([
      `Câu có "ngoặc kép", 'nháy đơn' và \\ gạch chéo ngược.`,
    ])
    const count = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM skh.clause')
    expect(count.rows[0]?.n).toBe(7)
  })

  it('ranks a bounded pool of matches, approved wording always in it', async () => {
    // Pool of one per approval status: one approved and one other clause at most are ranked.
    const pooled = await searchServer(client, 'tuyen truyen', {}, { pool: 1 })
    expect(pooled).toHaveLength(2)
    expect(pooled[0]).toMatchObject({ status: 'approved', author: 'search_chief' })
    const all = await searchServer(client, 'tuyen truyen')
    expect(all).toHaveLength(3)
    expect(all[0]).toMatchObject({ status: 'approved' })
  })

  it('groups by the same trigram similarity as pg_trgm', async () => {
    const texts = [
      'kiem tra cong tac cai cach hanh chinh',
      'kiem tra cong tac cai cach hanh chinh dinh ky',
      'tuyen truyen luat giao thong duong bo',
      'a',
      '',
    ]
    const trigrams = async (text: string) => {
      const result = await client.query<{ t: string[] }>('SELECT skh.show_trgm($1) AS t', [text])
      return new Set(result.rows[0]?.t ?? [])
    }
    for (const a of texts) {
      for (const b of texts) {
        const server = await client.query<{ s: number }>('SELECT skh.similarity($1, $2) AS s', [
          a,
          b,
        ])
        const ours = trigramSimilarity(await trigrams(a), await trigrams(b))
        expect(ours).toBeCloseTo(server.rows[0]?.s ?? -1, 5)
      }
    }
  })
})
