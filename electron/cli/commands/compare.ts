import path from 'node:path'
import { comparePlans, type CompareChange } from '../../../shared/lineage/compare'
import { revisionAuthor } from '../../../shared/lineage/compare/tracked-document'
import { exportCompareDocx } from '../../main/export/write-compare-docx'
import { ProfileStore } from '../../main/files/profile-store'
import { readSourcePlan } from './read-source-plan'

const USAGE = 'Cách dùng: compare <cũ.kehoach|cũ.docx> <mới.kehoach|mới.docx> [--docx tệp-ra.docx]'

/**
 * `compare <older> <newer> [--docx out.docx]`: compares two plans (.kehoach or Word) and prints
 * the counts and every change as JSON; with `--docx`, also writes the newer plan with the changes
 * tracked (author: the agency of the data folder's profile). Exit codes: 0 compared, 1 unreadable
 * plan, 2 bad usage or write failure.
 */
export async function compareCommand(args: readonly string[], dataDir: string): Promise<number> {
  const parsed = parseArgs(args)
  if (parsed === undefined) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  const older = await readSourcePlan(parsed.older)
  const newer = await readSourcePlan(parsed.newer)
  for (const [file, read] of [
    [parsed.older, older],
    [parsed.newer, newer],
  ] as const) {
    if (!read.ok) {
      process.stdout.write(`${JSON.stringify({ ok: false, input: file, error: read.error })}\n`)
      return 1
    }
  }
  if (!older.ok || !newer.ok) {
    return 1
  }
  const result = comparePlans(older.plan, newer.plan)
  let docx: string | undefined
  if (parsed.docx !== undefined) {
    const author = revisionAuthor(new ProfileStore(dataDir).get())
    try {
      docx = (await exportCompareDocx(older.plan, newer.plan, author, path.resolve(parsed.docx)))
        .path
    } catch (error) {
      process.stderr.write(`Không ghi được tệp Word: ${(error as Error).message}\n`)
      return 2
    }
  }
  const report = {
    ok: true,
    older: parsed.older,
    newer: parsed.newer,
    ...(docx === undefined ? {} : { docx }),
    counts: result.counts,
    changes: result.changes.map(reportChange),
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  return 0
}

/** One change as the report shows it: where, the texts, and the words added or removed. */
export function reportChange(change: CompareChange) {
  const base = { id: change.id, type: change.type }
  switch (change.type) {
    case 'added':
      return { ...base, where: change.newer.label, after: change.newer.text }
    case 'removed':
      return { ...base, where: change.older.label, before: change.older.text }
    case 'changed':
    case 'moved':
      return {
        ...base,
        where: change.newer.label,
        ...(change.type === 'moved' ? { from: change.older.label } : {}),
        before: change.older.text,
        after: change.newer.text,
        words: change.parts.filter(p => p.type !== 'same'),
      }
  }
}

function parseArgs(args: readonly string[]) {
  const rest = [...args]
  let docx: string | undefined
  const at = rest.indexOf('--docx')
  if (at >= 0) {
    docx = rest[at + 1]
    if (docx === undefined || docx.startsWith('--')) {
      return undefined
    }
    rest.splice(at, 2)
  }
  const [older, newer] = rest
  if (older === undefined || newer === undefined || rest.length !== 2) {
    return undefined
  }
  return { older, newer, docx }
}
