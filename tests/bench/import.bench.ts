/**
 * Import benchmark (`npx tsx tests/bench/import.bench.ts`): a ~50-page plan (sample 004, which
 * prints about 20 pages, with its body and table tripled) exported to .docx and imported; then
 * 100 files (90 varied .docx, 5 .doc, 5 text PDFs) harvested into a fresh clause library in a
 * temp folder.
 * Also the corpus figures: the share of expected header/signature fields and of appendix rows
 * read right from the Word-written corpus (tests/electron/import/corpus).
 * Prints one JSON line per figure: `{"name":…,"value":…,"unit":"ms"}`.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { harvestFolder } from '../../electron/main/import/harvest-folder'
import { importDocx } from '../../electron/main/import/import-docx'
import { openLibrary } from '../../electron/main/library/open-library'
import { corpus } from '../electron/import/corpus/cases'
import { LEGACY_CASES } from '../electron/import/legacy/cases'
import {
  comparePlan,
  NOTHING_READ,
  pctRight,
  type FieldCheck,
} from '../electron/import/corpus/expect'
import { loadSamples } from '../shared/docx/samples'
import { replicate } from '../shared/import/big-plan'
import { planDocx } from '../shared/import/docx-bytes'

/** The committed .doc and .pdf fixtures of the legacy import tests. */
const LEGACY_FIXTURES = join(import.meta.dirname, '..', 'electron', 'import', 'legacy', 'fixtures')

const RUNS = 5

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const emit = (name: string, value: number, unit = 'ms'): void => {
  process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 10) / 10, unit })}\n`)
}

/** Share of expected header/signature fields and of appendix rows read right across the corpus. */
async function corpusFigures(): Promise<void> {
  const fields: FieldCheck[] = []
  const rows: FieldCheck[] = []
  for (const c of corpus()) {
    const result = await importDocx(c.bytes)
    const compared = comparePlan(result.ok ? result.value.plan : NOTHING_READ, c.expected)
    fields.push(...compared.fields)
    rows.push(...compared.rows)
  }
  emit('import.corpus_fields_pct', pctRight(fields), '%')
  emit('import.corpus_rows_pct', pctRight(rows), '%')
}

async function main(): Promise<void> {
  await corpusFigures()
  const samples = loadSamples()
  const base = samples.find(s => s.name === '004.kehoach') ?? samples[0]
  if (!base) {
    throw new Error('no sample plans in resources/samples')
  }
  const bytes = await planDocx(replicate(base.plan, 3))
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    const result = await importDocx(bytes)
    times.push(performance.now() - start)
    if (!result.ok) {
      throw new Error(result.error.message)
    }
  }
  emit('import.plan_50p_ms', median(times))

  const dir = mkdtempSync(join(tmpdir(), 'skh-import-bench-'))
  try {
    const folder = join(dir, 'docx')
    mkdirSync(folder)
    // 90 .docx, then 5 old .doc files and 5 text PDFs (LibreOffice conversions, see
    // tests/electron/import/legacy/make-fixtures.ts): a folder as clerks really have it.
    const legacy = ['sample-002', ...LEGACY_CASES.slice(0, 4)]
    legacy.forEach((name, k) => {
      for (const ext of ['doc', 'pdf']) {
        copyFileSync(join(LEGACY_FIXTURES, `${name}.${ext}`), join(folder, `cu-${k}.${ext}`))
      }
    })
    for (let i = 0; i < 90; i++) {
      const sample = samples[i % samples.length] ?? base
      const plan = replicate(
        { ...sample.plan, subject: `${sample.plan.subject} (bản ${i + 1})` },
        1 + (i % 3)
      )
      writeFileSync(
        join(folder, `ke-hoach-${String(i).padStart(3, '0')}.docx`),
        await planDocx(plan)
      )
    }
    const opened = openLibrary(join(dir, 'data'))
    if (!opened.ok) {
      throw new Error(opened.error.message)
    }
    const start = performance.now()
    const summary = await harvestFolder(folder, opened.library)
    const elapsed = performance.now() - start
    opened.library.close()
    if (summary.plans !== 100) {
      throw new Error(`harvested ${summary.plans} of 100`)
    }
    process.stderr.write(
      `[import] folder: ${summary.added} clauses added, ${summary.skipped} skipped\n`
    )
    emit('import.folder_100_ms', elapsed)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
