/**
 * Shared-library figures on a throw-away PostgreSQL cluster (the same set-up as the tests):
 * - `library.sync_push_10k_ms`: one clerk pushes 10,000 new clauses;
 * - `library.sync_pull_10k_ms`: another clerk pulls them into an empty library;
 * - `library.server_search_p95_ms`: p95 of server searches over 1,000,000 clauses generated
 *   server-side with generate_series (`SKH_BENCH_SERVER_ROWS` to change the count).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { openLibrary } from '../../electron/main/library/open-library'
import { openServer } from '../../electron/main/library/server/connect'
import { migrateServer } from '../../electron/main/library/server/migrate'
import { searchServer } from '../../electron/main/library/server/server-search'
import type { ClauseDraft } from '../../shared/library/types'
import { startCluster } from '../electron/library/sync/pg-cluster'
import { syntheticDrafts, syntheticQueries } from '../electron/library/synthetic-corpus'

function report(name: string, value: number, unit: string): void {
  console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit }))
}

function library(dir: string) {
  const opened = openLibrary(dir)
  if (!opened.ok) {
    throw new Error(opened.error.message)
  }
  return opened.library
}

const cluster = await startCluster()
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
  const drafts: ClauseDraft[] = syntheticDrafts(10_000)
  lan.bulkInsert(drafts)

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

  // 1M rows, generated on the server from the synthetic clauses' folded text.
  const rows = Number(process.env.SKH_BENCH_SERVER_ROWS ?? 1_000_000)
  start = performance.now()
  await admin.query('ALTER TABLE skh.clause DISABLE TRIGGER stamp_clause')
  await admin.query(`CREATE TEMP TABLE src AS SELECT row_number() OVER (ORDER BY seq) - 1 AS n,
    kind, fragment, text, folded, dup_key FROM skh.clause`)
  await admin.query(
    `INSERT INTO skh.clause (uid, change_id, seq, author, kind, fragment, text, folded, dup_key,
       status, src_year)
     SELECT gen_random_uuid(), gen_random_uuid(), 100000 + g, 'bench', c.kind, c.fragment,
       c.text, c.folded, c.dup_key || (g % 97)::text,
       CASE WHEN g % 50 = 0 THEN 'approved' ELSE 'harvested' END, 2015 + g % 10
     FROM generate_series(1, $1::int) g JOIN src c ON c.n = g % $2::int`,
    [rows - 10_000, 10_000]
  )
  await admin.query('ALTER TABLE skh.clause ENABLE TRIGGER stamp_clause')
  await admin.query('VACUUM ANALYZE skh.clause')
  console.error(`[bench] generated ${rows} rows in ${Math.round(performance.now() - start)} ms`)

  const queries = syntheticQueries(20)
  const times: number[] = []
  for (let round = 0; round < 3; round++) {
    for (const query of queries) {
      const t = performance.now()
      await searchServer(minhClient, query, { limit: 20 })
      times.push(performance.now() - t)
    }
  }
  times.sort((a, b) => a - b)
  report('library.server_search_p95_ms', times[Math.floor(times.length * 0.95)] as number, 'ms')
  await Promise.all([lanClient.end(), minhClient.end(), admin.end()])
  lan.close()
  minh.close()
} finally {
  cluster.destroy()
  for (const dir of dirs) {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
