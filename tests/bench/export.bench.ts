/**
 * Export benchmark: builds a plan 4× the largest sample (or a synthetic one), times
 * buildDocument + Packer.toBuffer, and LibreOffice writing a .docx of the same text.
 * Prints one JSON line per figure: `{"name":…,"value":…,"unit":…}`.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Packer } from 'docx'
import { buildDocument } from '../../shared/docx/build-document'
import type { Block, Plan } from '../../shared/model/types'
import { runsText } from '../../shared/text/runs'
import { fixturePlan } from '../shared/docx/fixture'
import { loadSamples } from '../shared/docx/samples'

const RUNS = 5

const count = (blocks: readonly Block[]): number =>
  blocks.reduce((n, b) => n + 1 + (b.type === 'item' ? count(b.children) : 0), 0)
const size = (p: Plan): number =>
  p.sections.reduce((n, s) => n + count(s.children), 0) +
  p.appendices.reduce((n, a) => n + a.rows.length, 0)

/** Four copies of the plan's sections and table rows, ids made unique per copy. */
function quadruple(plan: Plan): Plan {
  const copy = <T>(value: T, k: number): T =>
    JSON.parse(JSON.stringify(value).replace(/"id":"([^"]+)"/g, `"id":"$1-x${k}"`)) as T
  return {
    ...plan,
    sections: plan.sections.map((s, i) => ({
      ...s,
      children: [0, 1, 2, 3].flatMap(k => copy(plan.sections[i]?.children ?? [], k)),
    })),
    appendices: plan.appendices.map(a => ({
      ...a,
      rows: [0, 1, 2, 3].flatMap(k => copy(a.rows, k)),
    })),
  }
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const emit = (name: string, value: number, unit: string): void => {
  process.stdout.write(
    `${JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit })}\n`
  )
}

function plainText(plan: Plan): string {
  const lines = (blocks: readonly Block[]): string[] =>
    blocks.flatMap(b => [runsText(b.content), ...(b.type === 'item' ? lines(b.children) : [])])
  const rows = plan.appendices.flatMap(a =>
    a.rows.map(r => (r.type === 'group' ? r.label : Object.values(r.fields).join('\t')))
  )
  return [
    plan.subject,
    ...lines(plan.preamble),
    ...plan.sections.flatMap(s => [s.title, ...lines(s.children)]),
    ...rows,
  ].join('\n')
}

async function main(): Promise<void> {
  const samples = loadSamples()
  const largest = [...samples].sort((a, b) => size(b.plan) - size(a.plan))[0]?.plan ?? fixturePlan()
  const plan = quadruple(largest)
  process.stderr.write(`bench plan: ${size(plan)} blocks and table rows\n`)
  const times: number[] = []
  let bytes: Buffer = Buffer.alloc(0)
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now()
    bytes = await Packer.toBuffer(buildDocument(plan))
    times.push(performance.now() - t0)
  }
  const exportMs = median(times)
  emit('export.docx_ms', exportMs, 'ms')
  emit('export.docx_bytes', bytes.length, 'bytes')
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' })
  } catch {
    process.stderr.write('soffice not installed: export.libreoffice_ms skipped\n')
    return
  }
  const dir = mkdtempSync(join(tmpdir(), 'export-bench-'))
  try {
    const txt = join(dir, 'plan.txt')
    writeFileSync(txt, plainText(plan))
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`
    const convert = (): void => {
      execFileSync(
        'soffice',
        [profile, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, txt],
        {
          stdio: 'ignore',
        }
      )
    }
    convert() // first start creates the profile; not timed
    const lo: number[] = []
    for (let i = 0; i < 3; i += 1) {
      const t0 = performance.now()
      convert()
      lo.push(performance.now() - t0)
    }
    const loMs = median(lo)
    emit('export.libreoffice_ms', loMs, 'ms')
    emit('export.ratio', exportMs / loMs, 'ratio')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
