/**
 * Lineage benchmark: carry forward, derive and compare on the ~1,000-block
 * bench plan (sample 004 × 10, as the editor bench builds it). Prints one JSON line per figure:
 * the median of several runs after a warm-up, `{"name":…,"value":…,"unit":…}`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import {
  carryForward,
  derivePlan,
  type LevelWordRules,
  type PhraseRule,
} from '../../shared/lineage'
import { comparePlans } from '../../shared/lineage/compare'
import { EMPTY_PROFILE } from '../../shared/model/profile'
import type { Plan } from '../../shared/model/types'
import { planSize, replicatePlan } from './editor/big-plan'

const RUNS = 7
const root = path.resolve(import.meta.dirname, '..', '..')

const emit = (name: string, value: number, unit: string): void => {
  process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 10) / 10, unit })}\n`)
}

/** The median time of `RUNS` calls of `run`, after one warm-up call. */
function medianMs(run: () => unknown): number {
  run()
  const times: number[] = []
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!
}

const sample = JSON.parse(
  fs.readFileSync(path.join(root, 'resources', 'samples', '004.kehoach'), 'utf8')
) as { plan: Plan }
const big = replicatePlan(sample.plan, 10)
const size = planSize(big)
process.stderr.write(`[lineage] bench plan: ${size.blocks} blocks, ${size.rows} rows\n`)
let changes = 0
emit(
  'lineage.carry_forward_ms',
  medianMs(() => {
    changes = carryForward(big, { toYear: 2024 }).changes.length
  }),
  'ms'
)
process.stderr.write(`[lineage] carry forward: ${changes} changes\n`)

const words = JSON.parse(
  fs.readFileSync(path.join(root, 'resources', 'lineage', 'level-words.json'), 'utf8')
) as { levels: Record<string, LevelWordRules> }
const agencies = JSON.parse(
  fs.readFileSync(path.join(root, 'resources', 'lineage', 'agencies.json'), 'utf8')
) as { levels: Record<string, PhraseRule[]> }
const deriveOptions = {
  level: 'huyen' as const,
  profile: EMPTY_PROFILE,
  levelWords: words.levels.huyen!,
  agencies: agencies.levels.huyen!,
}
emit(
  'lineage.derive_ms',
  medianMs(() => {
    changes = derivePlan(big, deriveOptions).changes.length
  }),
  'ms'
)
process.stderr.write(`[lineage] derive: ${changes} changes\n`)

// Last year's plan against this year's carried-forward plan: every year a change.
const carried = carryForward(big, { toYear: 2024 }).plan
emit(
  'lineage.compare_ms',
  medianMs(() => {
    changes = comparePlans(big, carried).changes.length
  }),
  'ms'
)
process.stderr.write(`[lineage] compare: ${changes} changes\n`)
