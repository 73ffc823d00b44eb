import path from 'node:path'
import { carryForward, type LineageChange } from '../../../shared/lineage'
import { writePlanFile } from '../../main/files/plan-files'
import { readSourcePlan } from './read-source-plan'

const USAGE = 'Cách dùng: carry-forward <tệp.kehoach|tệp.docx> <tệp-ra.kehoach> [--year N]'

/**
 * `carry-forward <in> <out> [--year N]`: writes next year's plan (or year N's) made from a plan
 * file or a Word plan and prints every change as JSON. Exit codes: 0 written, 1 unreadable
 * source, 2 bad usage or write failure.
 */
export async function carryForwardCommand(args: readonly string[]): Promise<number> {
  const parsed = parseArgs(args)
  if (parsed === undefined) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  const { input, output, year } = parsed
  const source = await readSourcePlan(input)
  if (!source.ok) {
    process.stdout.write(`${JSON.stringify({ ok: false, input, error: source.error })}\n`)
    return 1
  }
  const fromYear = source.plan.header.date.year
  const toYear = year ?? (fromYear === undefined ? new Date().getFullYear() : fromYear + 1)
  const result = carryForward(source.plan, { toYear })
  const written = writePlanFile(path.resolve(output), result.plan)
  if (!written.ok) {
    process.stderr.write(`${written.error.message}\n`)
    return 2
  }
  const report = {
    ok: true,
    input,
    output: written.value.path,
    fromYear: result.fromYear,
    toYear: result.toYear,
    counts: countByKind(result.changes),
    changes: result.changes.map(reportChange),
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  return 0
}

/** Counts changes per kind, for a report. */
export function countByKind(changes: readonly LineageChange[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const change of changes) {
    counts[change.kind] = (counts[change.kind] ?? 0) + 1
  }
  return counts
}

/** One change as a report shows it (a flag's text is shown as its context only). */
export function reportChange(change: LineageChange) {
  const flag = change.patch.type === 'flag'
  return {
    id: change.id,
    kind: change.kind,
    where: change.location.label,
    ...(flag ? {} : { before: change.before, after: change.after }),
    context: change.context,
    note: change.note,
  }
}

function parseArgs(args: readonly string[]) {
  const rest = [...args]
  let year: number | undefined
  const at = rest.indexOf('--year')
  if (at >= 0) {
    const value = Number(rest[at + 1])
    if (!Number.isInteger(value) || value < 1900 || value > 2999) {
      return undefined
    }
    year = value
    rest.splice(at, 2)
  }
  const [input, output] = rest
  if (input === undefined || output === undefined || rest.length !== 2) {
    return undefined
  }
  return { input, output, year }
}
