/**
 * `npm run fuzz -- --cases N [--seed S]`: imports N mutated .docx files, each in the app's own
 * import worker (time and memory limits), and prints JSON lines like the benchmarks:
 * `fuzz.cases`, `fuzz.refused`, `fuzz.crashes` (an exception, a worker that died, or a refusal
 * without a Vietnamese sentence), `fuzz.hangs` (stopped at the time limit), `fuzz.out_of_memory`.
 * Exit code 1 when anything crashed or hung.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { importDocxInWorker } from '../../electron/main/import/import-in-worker'
import { handMadeDocx } from '../electron/import/fixtures'
import { isClean, mutant } from './docx-mutants'

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name)
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback
}

async function main(): Promise<number> {
  const cases = arg('--cases', 200)
  const seed = arg('--seed', 20261202)
  const dir = mkdtempSync(path.join(tmpdir(), 'skh-fuzz-'))
  const base = await handMadeDocx()
  const counts = { refused: 0, crashes: 0, hangs: 0, out_of_memory: 0 }
  try {
    for (let n = 0; n < cases; n++) {
      const file = path.join(dir, `case-${n}.docx`)
      writeFileSync(file, await mutant(base, n, seed))
      const r = await importDocxInWorker(file, { timeoutMs: 20_000 })
      if (r.ok) {
        continue
      }
      counts.refused++
      if (r.error.code === 'timeout') {
        counts.hangs++
      } else if (r.error.code === 'import.out-of-memory') {
        counts.out_of_memory++
      } else if (['worker-failed', 'import.failed'].includes(r.error.code) || !isClean(r)) {
        counts.crashes++
        console.error(`[fuzz] case ${n} (seed ${seed}): ${r.error.code} ${r.error.message}`)
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const line = (name: string, value: number) =>
    console.log(JSON.stringify({ name: `fuzz.${name}`, value, unit: 'count' }))
  line('cases', cases)
  for (const [name, value] of Object.entries(counts)) {
    line(name, value)
  }
  return counts.crashes + counts.hangs > 0 ? 1 : 0
}

main().then(
  code => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
