/**
 * Review panel benchmark on the ~1,000-block bench plan (sample 004 × 10) derived one level down:
 * reading every change's state from the plan (done on each edit while the panel is open) and
 * undoing a whole kind. Prints one JSON line per figure, the median of several runs after a warm-up.
 */
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { derivePlan, type LevelWordRules, type PhraseRule } from '../../shared/lineage'
import { changeStates } from '../../shared/lineage/review/change-state'
import { setChangesApplied } from '../../shared/lineage/review/set-changes'
import { EMPTY_PROFILE } from '../../shared/model/profile'
import type { Plan } from '../../shared/model/types'
import { replicatePlan } from './editor/big-plan'

const RUNS = 7
const root = path.resolve(import.meta.dirname, '..', '..')
const read = (...parts: string[]) =>
  JSON.parse(fs.readFileSync(path.join(root, ...parts), 'utf8')) as unknown

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

const source = replicatePlan(
  (read('resources', 'samples', '004.kehoach') as { plan: Plan }).plan,
  10
)
const words = read('resources', 'lineage', 'level-words.json') as {
  levels: Record<string, LevelWordRules>
}
const agencies = read('resources', 'lineage', 'agencies.json') as {
  levels: Record<string, PhraseRule[]>
}
const { plan, changes } = derivePlan(source, {
  level: 'huyen',
  profile: EMPTY_PROFILE,
  levelWords: words.levels.huyen!,
  agencies: agencies.levels.huyen!,
})
process.stderr.write(`[lineage-review] ${changes.length} changes\n`)
emit(
  'lineage.review_states_ms',
  medianMs(() => changeStates(plan, source, changes)),
  'ms'
)
const levelWords = new Set(changes.filter(c => c.kind === 'level-word').map(c => c.id))
process.stderr.write(`[lineage-review] undo kind: ${levelWords.size} level-word changes\n`)
emit(
  'lineage.review_undo_kind_ms',
  medianMs(() => setChangesApplied({ ...plan }, source, changes, levelWords, false)),
  'ms'
)
