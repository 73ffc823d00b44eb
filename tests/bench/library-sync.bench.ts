/**
 * Shared-library figures on a throw-away PostgreSQL cluster (the same set-up as the tests, with
 * `shared_buffers=1GB` as a server that holds an office's library would be tuned):
 * - `library.sync_push_10k_ms`: one clerk pushes 10,000 new clauses;
 * - `library.sync_pull_10k_ms`: another clerk pulls them into an empty library;
 * - `library.server_search_p50_ms` / `_p95_ms`: server searches over 1,000,000 clauses, variants
 *   of the pushed ones generated server-side (`SKH_BENCH_SERVER_ROWS` to change the count);
 * - `library.local_search_10k_p50_ms` / `_p95_ms`: the same queries over the local library.
 * Without PostgreSQL each figure is printed with `"value": null` and the reason in `skipped`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type pg from 'pg'
import { openLibrary } from '../../electron/main/library/open-library'
import { openServer } from '../../electron/main/library/server/connect'
import { migrateServer } from '../../electron/main/library/server/migrate'
import { searchServer } from '../../electron/main/library/server/server-search'
import { postgresAbsent, startCluster } from '../electron/library/sync/pg-cluster'
import { syntheticDrafts, syntheticQueries } from '../electron/library/synthetic-corpus'
import { generateServerClauses } from './server-corpus'

const FIGURES = [
  'library.sync_push_10k_ms',
  'library.sync_pull_10k_ms',
  'library.server_search_p50_ms',
  'library.server_search_p95_ms',
]
/** Queries clerks type: common wording, rare names, 1–4 words, no diacritics. */
const TYPED = [
  'cai cach hanh chinh',
  'thu tuc hanh chinh',
  'chuyen doi so',
  'mot cua lien thong',
  'tiep cong dan',
  'bien dong dan cu',
  'tai chinh cong',
  'phong chong tham nhung',
  'an toan giao thong',
  'hoang su phi',
  'xin man',
  'meo vac',
  'papi',
  'bao cao ket qua hang quy',
  'ubnd huyen',
  'dan chu co so',
  've sinh moi truong',
  'thanh tra',
  'kiem tra',
  'ho so',
]

function report(name: string, value: number, unit: string): void {
  console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit }))
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
}

function library(dir: string) {
  const opened = openLibrary(dir)
  if (!opened.ok) {
    throw new Error(opened.error.message)
  }
  return opened.library
}

/** Times each query in `rounds` rounds after one warm-up round. */
async function timeQueries(
  queries: readonly string[],
  rounds: number,
  run: (query: string) => unknown
): Promise<number[]> {
  const times: number[] = []
  for (let round = 0; round <= rounds; round++) {
    for (const query of queries) {
      const start = performance.now()
      await run(query)
      if (round > 0) {
        times.push(performance.now() - start)
      }
    }
  }
  return times
}

/** Adds server-generated rows; the GIN indexes are dropped meanwhile and built again after. */
async function grow(admin: pg.Client, rows: number): Promise<void> {
  const gin = await admin.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes
     WHERE schemaname = 'skh' AND tablename = 'clause' AND indexdef LIKE '%USING gin%'`
  )
  for (const index of gin.rows) {
    await admin.query(`DROP INDEX skh.${admin.escapeIdentifier(index.name)}`)
  }
  await generateServerClauses(admin, rows)
  await admin.query(`SET maintenance_work_mem = '512MB'`)
  for (const index of gin.rows) {
    await admin.query(index.def)
  }
  await admin.query('VACUUM ANALYZE skh.clause')
}

const absent = postgresAbsent()
if (absent !== undefined) {
  for (const name of FIGURES) {
    console.log(JSON.stringify({ name, value: null, unit: 'ms', skipped: absent }))
  }
  process.exit(0)
}

const cluster = await startCluster(['-c shared_buffers=1GB'])
const dirs: string[] = []
try {
  const admin = await cluster.admin()
  const migrated = await migrateServer(admin)
  if (!migrated.ok) {
    throw new Error(migrated.error.message)
  }
  await cluster.createUser('bench_lan', 'lan')
  await cluster.createUser('bench_minh', 'minh')
  const lanDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sync-'))
  const minhDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sync-'))
  dirs.push(lanDir, minhDir)
  const lan = library(lanDir)
  const minh = library(minhDir)
  lan.bulkInsert(syntheticDrafts(10_000))

  const connect = async (user: string, password: string) => {
    const opened = await openServer(cluster.settings(user), password)
    if (!opened.ok) {
      throw new Error(opened.error.message)
    }
    return opened.value
  }
  const lanClient = await connect('bench_lan', 'lan')
  let start = performance.now()
  const pushed = await lan.sync.push(lanClient)
  report('library.sync_push_10k_ms', performance.now() - start, 'ms')
  console.error(`[bench] pushed ${pushed.pushed}`)
  const minhClient = await connect('bench_minh', 'minh')
  start = performance.now()
  const pulled = await minh.sync.pull(minhClient)
  report('library.sync_pull_10k_ms', performance.now() - start, 'ms')
  console.error(`[bench] pulled ${pulled.pulled}, minh has ${minh.count()}`)

  const rows = Number(process.env.SKH_BENCH_SERVER_ROWS ?? 1_000_000)
  start = performance.now()
  await grow(admin, Math.max(0, rows - 10_000))
  console.error(
    `[bench] ${rows} rows generated and indexed in ${Math.round(performance.now() - start)} ms`
  )

  const queries = [...TYPED, ...syntheticQueries(20)]
  const server = await timeQueries(queries, 3, query =>
    searchServer(minhClient, query, { limit: 20 })
  )
  report('library.server_search_p50_ms', percentile(server, 50), 'ms')
  report('library.server_search_p95_ms', percentile(server, 95), 'ms')
  const local = await timeQueries(queries, 3, query => minh.search(query, { limit: 20 }))
  report('library.local_search_10k_p50_ms', percentile(local, 50), 'ms')
  report('library.local_search_10k_p95_ms', percentile(local, 95), 'ms')
  await Promise.all([lanClient.end(), minhClient.end(), admin.end()])
  lan.close()
  minh.close()
} finally {
  cluster.destroy()
  for (const dir of dirs) {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
