import fs from 'node:fs'
import path from 'node:path'
import { derivePlan } from '../../../shared/lineage'
import { profileSchema } from '../../../shared/ipc/schemas'
import type { AgencyProfile } from '../../../shared/model/profile'
import { loadLineageRules } from '../../main/files/lineage-rules'
import { writePlanFile } from '../../main/files/plan-files'
import { ProfileStore } from '../../main/files/profile-store'
import { countByKind, reportChange } from './carry-forward'
import { readSourcePlan } from './read-source-plan'

const USAGE =
  'Cách dùng: derive <tệp.kehoach|tệp.docx> <tệp-ra.kehoach> --level huyen|xa [--profile hồ-sơ.json]'

/**
 * `derive <in> <out> --level huyen|xa [--profile p.json]`: writes the plan implementing a superior
 * plan one level down (agency profile from the file given, else the data folder's) and prints
 * every change as JSON. Exit codes: 0 written, 1 unreadable source or profile, 2 bad usage or
 * write failure.
 */
export async function deriveCommand(
  args: readonly string[],
  resourcesDir: string,
  dataDir: string
): Promise<number> {
  const parsed = parseArgs(args)
  if (parsed === undefined) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  const profile = readProfile(parsed.profile, dataDir)
  if (profile === undefined) {
    process.stderr.write(`Hồ sơ đơn vị không hợp lệ: ${parsed.profile ?? ''}\n`)
    return 1
  }
  const source = await readSourcePlan(parsed.input)
  if (!source.ok) {
    process.stdout.write(
      `${JSON.stringify({ ok: false, input: parsed.input, error: source.error })}\n`
    )
    return 1
  }
  const rules = loadLineageRules(resourcesDir, dataDir, parsed.level)
  const result = derivePlan(source.plan, { level: parsed.level, profile, ...rules })
  const written = writePlanFile(path.resolve(parsed.output), result.plan)
  if (!written.ok) {
    process.stderr.write(`${written.error.message}\n`)
    return 2
  }
  const report = {
    ok: true,
    input: parsed.input,
    output: written.value.path,
    level: parsed.level,
    counts: countByKind(result.changes),
    changes: result.changes.map(reportChange),
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  return 0
}

function readProfile(file: string | undefined, dataDir: string): AgencyProfile | undefined {
  if (file === undefined) {
    return new ProfileStore(dataDir).get()
  }
  try {
    return profileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8'))).data
  } catch {
    return undefined
  }
}

type DeriveArgs = {
  readonly input: string
  readonly output: string
  readonly level: 'huyen' | 'xa'
  readonly profile: string | undefined
}

function parseArgs(args: readonly string[]): DeriveArgs | undefined {
  const rest = [...args]
  const option = (name: string): string | undefined => {
    const at = rest.indexOf(name)
    if (at < 0) {
      return undefined
    }
    const value = rest[at + 1]
    rest.splice(at, 2)
    return value ?? ''
  }
  const levelArg = option('--level')
  const level = levelArg === 'huyen' || levelArg === 'xa' ? levelArg : undefined
  const profile = option('--profile')
  const [input, output] = rest
  if (level === undefined) {
    return undefined
  }
  if (input === undefined || output === undefined || rest.length !== 2 || profile === '') {
    return undefined
  }
  return { input, output, level, profile }
}
