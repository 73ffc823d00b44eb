/**
 * Prints a sample plan as numbered text, for checking it against its seed by eye.
 * Run from the repo root: `npx tsx resources/samples/build/print-outline.ts 004`.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { numberPlan, numberTableRows } from '../../../shared/model/numbering'
import { restorePlanFile } from '../../../shared/model/restore'
import type { Block, Run } from '../../../shared/model/types'

const seed = process.argv[2] ?? '000'
const width = Number(process.argv[3] ?? 90)
const file = resolve(import.meta.dirname, `../${seed}.kehoach`)
const result = restorePlanFile(JSON.parse(readFileSync(file, 'utf8')))
if (!result.ok) {
  throw new Error(result.error.message)
}
const { plan, repairs } = result
const { labels, footnotes } = numberPlan(plan)
const out: string[] = [`repairs: ${repairs.length}`, JSON.stringify(plan.header), plan.subject]
const text = (runs: readonly Run[]): string =>
  runs
    .map(r =>
      'type' in r ? `[^${footnotes.get(r.id)}: ${r.content.map(c => c.text).join('')}]` : r.text
    )
    .join('')
const cut = (s: string): string => (s.length > width ? `${s.slice(0, width)}…` : s)
const walk = (blocks: readonly Block[], depth: number): void => {
  for (const b of blocks) {
    const tags = b.tags ? ` {${Object.values(b.tags).join(',')}}` : ''
    const head = b.type === 'item' && b.heading ? '#' : ''
    out.push(
      `${'  '.repeat(depth)}${head}${labels.get(b.id) ?? '¶'} ${cut(text(b.content))}${tags}`
    )
    if (b.type === 'item') {
      walk(b.children, depth + 1)
    }
  }
}
out.push('--- preamble')
walk(plan.preamble, 0)
for (const s of plan.sections) {
  out.push(`${labels.get(s.id)} ${s.title} (${s.role})`)
  walk(s.children, 1)
}
out.push('--- closing')
plan.closing.forEach(p => out.push(cut(text(p.content))))
out.push('--- recipients', ...plan.recipients.map(r => `- ${r.text};`), `- Lưu: ${plan.archive}.`)
out.push(JSON.stringify(plan.signature))
for (const a of plan.appendices) {
  const index = numberTableRows(a)
  out.push(`--- appendix ${a.title}`)
  for (const r of a.rows) {
    if (r.type === 'group') {
      out.push(`${index.get(r.id)} == ${r.label} {${r.tags?.papi ?? ''}}`)
    } else {
      const f = a.columns
        .filter(c => c.kind !== 'index')
        .map(c => cut((r.fields[c.kind as 'task'] ?? '').replace(/\n/g, ' / ')))
      out.push(`${index.get(r.id)}${r.sameCriterion ? ' (same)' : ''} | ${f.join(' | ')}`)
    }
  }
}
process.stdout.write(`${out.join('\n')}\n`)
