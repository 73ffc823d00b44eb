/**
 * Check benchmark: the whole `check(plan)` (layout rules and every content rule, the live
 * "Kiểm tra" list) on the editor bench's big plan — sample 004 with every section's children and
 * every appendix's rows repeated 10× (≈ 950 body blocks, 410 table rows).
 * Each run checks a fresh shallow copy of the plan, as after a keystroke (no cached texts).
 * Prints `check.full_ms` (median of 40 runs after 5 warm-ups) and `check.full_p95_ms` on stdout;
 * the plan size and the share of the slowest rules on stderr. Target (reported, not asserted):
 * `check.full_ms` ≤ 50. Run: npx tsx tests/bench/check.bench.ts
 */
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { check } from '../../shared/model/check'
import { CONSISTENCY_RULES, PROOFREADING_RULES } from '../../shared/model/check/index'
import type { Plan } from '../../shared/model/types'
import { planSize, replicatePlan } from './editor/big-plan'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const SCALE = 10
const WARMUP = 5
const RUNS = 40

function print(name: string, value: number, unit: string): void {
  console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit }))
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}

function time(run: () => unknown): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

function main(): void {
  const sample = JSON.parse(
    fs.readFileSync(path.join(root, 'resources', 'samples', '004.kehoach'), 'utf8')
  ) as { plan: Plan }
  const plan = replicatePlan(sample.plan, SCALE)
  console.error(`[check] plan: ${JSON.stringify(planSize(plan))}`)
  console.error(`[check] findings: ${check(plan).length}`)
  for (let i = 0; i < WARMUP; i++) {
    check({ ...plan })
  }
  const times = Array.from({ length: RUNS }, () => time(() => check({ ...plan })))
  print('check.full_ms', quantile(times, 0.5), 'ms')
  print('check.full_p95_ms', quantile(times, 0.95), 'ms')
  const rules = [...CONSISTENCY_RULES, ...PROOFREADING_RULES].map(rule => ({
    name: rule.name,
    ms: quantile(
      Array.from({ length: 10 }, () => time(() => rule({ ...plan }))),
      0.5
    ),
  }))
  rules.sort((a, b) => b.ms - a.ms)
  console.error(`[check] per rule (median ms, texts rebuilt each time): ${JSON.stringify(rules)}`)
}

main()
