/**
 * Builds the sample plans `resources/samples/NNN.kehoach` from the seed texts in
 * `../shared/seeds` (relative to the repo root) and the per-seed overrides.
 * Run from the repo root: `npx tsx resources/samples/build/index.ts`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { serialisePlan } from '../../../shared/model/serialise'
import { buildPlan } from './build-plan'
import { OVERRIDES } from './overrides'

const root = resolve(import.meta.dirname, '../../..')
const seedsDir = resolve(root, '../shared/seeds')
const outDir = resolve(root, 'resources/samples')

for (const override of OVERRIDES) {
  const file = readdirSync(seedsDir).find(name => name.startsWith(`${override.seed}_`))
  if (!file) {
    throw new Error(`Cannot build sample ${override.seed}: seed file not found in ${seedsDir}`)
  }
  const plan = buildPlan(readFileSync(join(seedsDir, file), 'utf8'), override)
  writeFileSync(join(outDir, `${override.seed}.kehoach`), serialisePlan(plan))
  process.stdout.write(`wrote ${override.seed}.kehoach\n`)
}
