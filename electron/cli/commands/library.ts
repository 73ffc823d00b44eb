import fs from 'node:fs'
import path from 'node:path'
import { isClauseKind } from '../../../shared/library/exchange-format'
import { markRanges } from '../../../shared/library/snippet'
import type { SearchFilters, SearchHit } from '../../../shared/library/types'
import type { AgencyLevel, SectionRole } from '../../../shared/model/types'
import { readPlanFile } from '../../main/files/plan-files'
import { readLimited } from '../../main/files/read-limited'
import { openLibrary } from '../../main/library/open-library'
import { loadSamplePlans } from '../../main/library/sample-plans'
import type { Library } from '../../main/library/library'
import { SERVER_USAGE, serverCommand, syncCommand } from './library-server'

const USAGE = `Cách dùng:
  library search "<từ khóa>" [--limit N] [--kind K] [--papi P5] [--cchc C3] [--section tasks]
                 [--level tinh|huyen|xa] [--year 2024] [--status approved|harvested] [--source …]
  library add <tệp.kehoach>        thu thập điều khoản từ một kế hoạch
  library export <tệp.json>        xuất toàn bộ thư viện ra tệp
  library import <tệp.json>        nhập điều khoản từ tệp (bỏ qua điều khoản đã có)
  library restore [--from <tệp>]   khôi phục thư viện hỏng từ bản sao lưu (mặc định bản mới nhất còn tốt)
  library start-empty              chủ động bắt đầu thư viện trống (thư viện hỏng và các bản sao lưu được giữ lại)
${SERVER_USAGE}`

const EMPTY_LIBRARY =
  'Thư viện trống. Thêm điều khoản bằng "library add <tệp.kehoach>", "library import <tệp>" hoặc "library import-docx <thư mục>".'

type Options = { readonly positional: string[]; readonly flags: Map<string, string> }

function parseArgs(args: readonly string[]): Options {
  const positional: string[] = []
  const flags = new Map<string, string>()
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg.startsWith('--') && i + 1 < args.length) {
      flags.set(arg.slice(2), args[++i] as string)
    } else {
      positional.push(arg)
    }
  }
  return { positional, flags }
}

function print(value: unknown): void {
  console.log(JSON.stringify(value, null, 2))
}

function filtersFrom(flags: Map<string, string>): SearchFilters | string {
  const kind = flags.get('kind')
  const year = flags.get('year')
  if (kind !== undefined && !isClauseKind(kind)) {
    return `Loại điều khoản không hợp lệ: "${kind}".`
  }
  if (year !== undefined && !/^\d{4}$/.test(year)) {
    return `Năm không hợp lệ: "${year}".`
  }
  const status = flags.get('status')
  if (status !== undefined && status !== 'approved' && status !== 'harvested') {
    return `Trạng thái không hợp lệ: "${status}".`
  }
  return {
    ...(kind ? { kind } : {}),
    ...(year ? { year: Number(year) } : {}),
    ...(status ? { status } : {}),
    ...(flags.has('papi') ? { papi: flags.get('papi') } : {}),
    ...(flags.has('cchc') ? { cchc: flags.get('cchc') } : {}),
    ...(flags.has('section') ? { section: flags.get('section') as SectionRole } : {}),
    ...(flags.has('level') ? { level: flags.get('level') as AgencyLevel } : {}),
    ...(flags.has('source') ? { source: flags.get('source') } : {}),
  }
}

function hitJson(hit: SearchHit) {
  return {
    id: hit.clause.id,
    kind: hit.clause.kind,
    status: hit.clause.status,
    count: hit.count,
    years: hit.years,
    source: hit.clause.source,
    tags: hit.clause.tags,
    text: hit.clause.text,
    ranges: hit.ranges,
    snippet: markRanges(hit.snippet.text, hit.snippet.ranges),
  }
}

function search(library: Library, { positional, flags }: Options): number {
  const query = positional.join(' ')
  const limit = Number(flags.get('limit') ?? '20')
  const filters = filtersFrom(flags)
  if (typeof filters === 'string' || !Number.isInteger(limit) || limit < 1) {
    console.error(
      typeof filters === 'string' ? filters : `Số kết quả không hợp lệ: "${flags.get('limit')}".`
    )
    return 2
  }
  const hits = library.search(query, { limit, filters })
  print({
    query,
    count: hits.length,
    results: hits.map(hitJson),
    ...(library.count() === 0 ? { message: EMPTY_LIBRARY } : {}),
  })
  return 0
}

function add(library: Library, file: string): number {
  const opened = readPlanFile(path.resolve(file))
  if (!opened.ok) {
    print({ file, ok: false, error: opened.error })
    return 1
  }
  const summary = library.addPlan(opened.value.plan, { file: path.basename(file) })
  print({ file, ok: true, ...summary, repairs: opened.value.repairs.length })
  return 0
}

function exportTo(library: Library, file: string): number {
  const content = library.exportClauses()
  const target = path.resolve(file)
  fs.writeFileSync(`${target}.tmp`, content, 'utf8')
  fs.renameSync(`${target}.tmp`, target)
  print({ file, ok: true, clauses: library.count() })
  return 0
}

function importFrom(library: Library, file: string): number {
  const content = readLimited(path.resolve(file), 'library')
  if (!content.ok) {
    print({ file, ok: false, error: content.error })
    return 1
  }
  const result = library.importClauses(content.value.toString('utf8'))
  print(result.ok ? { file, ok: true, ...result.value } : { file, ok: false, error: result.error })
  return result.ok ? 0 : 1
}

function run(library: Library, command: string, options: Options): number {
  const [file] = options.positional
  switch (command) {
    case 'search':
      return search(library, options)
    case 'add':
      return file ? add(library, file) : usage()
    case 'export':
      return file ? exportTo(library, file) : usage()
    case 'import':
      return file ? importFrom(library, file) : usage()
    default:
      return usage()
  }
}

function usage(): number {
  console.error(USAGE)
  return 2
}

/**
 * `library search|add|export|import …` over the clause library in `dataDir`; prints JSON.
 * Given `samplesDir`, a new or empty library is first seeded from the sample plans, as the app
 * seeds it. Exit codes: 0 done, 1 expected failure (printed as JSON), 2 usage error.
 */
export async function libraryCommand(
  args: string[],
  dataDir: string,
  samplesDir?: string
): Promise<number> {
  const [command, ...rest] = args
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE)
    return 0
  }
  if (command === 'server') {
    const { positional, flags } = parseArgs(rest)
    return serverCommand(positional[0], flags)
  }
  if (
    command === undefined ||
    !['search', 'add', 'export', 'import', 'restore', 'start-empty', 'sync'].includes(command)
  ) {
    return usage()
  }
  let opened = openLibrary(dataDir)
  if (command === 'restore' || command === 'start-empty') {
    if (opened.ok) {
      opened.library.close()
      print({ ok: true, message: 'Thư viện đang dùng được, không cần khôi phục.' })
      return 0
    }
    const from = parseArgs(rest).flags.get('from')
    const next =
      command === 'restore'
        ? opened.restoreFromBackup?.(from === undefined ? undefined : path.resolve(from))
        : opened.startEmpty?.()
    if (!next) {
      print({ ok: false, error: opened.error })
      return 1
    }
    opened = next
    if (opened.ok) {
      const count = opened.library.count()
      opened.library.close()
      print({
        ok: true,
        message:
          command === 'restore'
            ? `Đã khôi phục thư viện: ${count} điều khoản.`
            : 'Đã bắt đầu thư viện trống; thư viện cũ và các bản sao lưu vẫn được giữ.',
        count,
      })
      return 0
    }
  }
  if (!opened.ok) {
    print({
      ok: false,
      error: opened.error,
      movedTo: opened.movedTo,
      backupExists: opened.backupExists,
    })
    return 1
  }
  const library = opened.library
  const seeded = samplesDir ? library.seedIfEmpty(() => loadSamplePlans(samplesDir)) : 0
  if (seeded > 0) {
    console.error(`Thư viện mới được khởi tạo từ các kế hoạch mẫu: ${seeded} điều khoản.`)
  }
  try {
    const code =
      command === 'sync'
        ? await syncCommand(library, parseArgs(rest).flags, dataDir)
        : run(library, command, parseArgs(rest))
    if (library.count() > 0) {
      await library.backupIfDue()
    }
    return code
  } finally {
    await library.closeWithBackup()
  }
}
