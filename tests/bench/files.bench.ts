/**
 * Plan file benchmark on the ~1,000-block bench plan (sample 004 × 10, as the editor bench builds
 * it): a plain atomic save, and a save that also keeps its version as `plan:save` does (summary
 * against the previous version, compression, atomic write, pruning). Each run edits one
 * paragraph, so every save makes a new version. Prints the median of several runs after a warm-up.
 */
import fs from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { writePlanFile } from '../../electron/main/files/plan-files'
import { VersionStore } from '../../electron/main/files/versions/version-store'
import type { Plan } from '../../shared/model/types'
import { planSize, replicatePlan } from './editor/big-plan'

const RUNS = 15
const root = path.resolve(import.meta.dirname, '..', '..')

const emit = (name: string, value: number, unit: string): void => {
  process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 10) / 10, unit })}\n`)
}

/** The median time of `RUNS` calls of `run(i)`, after one warm-up call. */
function medianMs(run: (i: number) => void): number {
  run(-1)
  const times: number[] = []
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now()
    run(i)
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!
}

const sample = JSON.parse(
  fs.readFileSync(path.join(root, 'resources', 'samples', '004.kehoach'), 'utf8')
) as { plan: Plan }
const big = replicatePlan(sample.plan, 10)
const size = planSize(big)
process.stderr.write(`[files] bench plan: ${size.blocks} blocks, ${size.rows} rows\n`)

/** The bench plan with its subject marking run `i` (a small edit, as between two Ctrl+S). */
const edited = (i: number): Plan => ({ ...big, subject: `${big.subject} (${i})` })

const dir = fs.mkdtempSync(path.join(tmpdir(), 'skh-files-bench-'))
try {
  const file = path.join(dir, 'ke-hoach.kehoach')
  emit(
    'files.save_ms',
    medianMs(i => {
      const saved = writePlanFile(file, edited(i))
      if (!saved.ok) {
        throw new Error(saved.error.message)
      }
    }),
    'ms'
  )
  const versions = new VersionStore(path.join(dir, 'data'))
  let bytes = 0
  emit(
    'files.save_with_version_ms',
    medianMs(i => {
      const plan = edited(100 + i)
      const saved = writePlanFile(file, plan)
      const kept = versions.record(file, plan)
      if (!saved.ok || !kept.ok || !kept.value) {
        throw new Error('Cannot bench the save: no version was kept')
      }
      bytes = kept.value.size
    }),
    'ms'
  )
  const planBytes = fs.statSync(file).size
  process.stderr.write(`[files] plan file ${planBytes} bytes, a version ${bytes} bytes\n`)
  emit('files.version_bytes', bytes, 'bytes')
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
