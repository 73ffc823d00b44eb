import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..', '..', '..')
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')

/** Runs the real CLI entry as a clerk would (`npm run cli -- …`), in a fresh data folder. */
function cli(args: string[], dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-cli-data-'))) {
  const run = spawnSync(tsx, [path.join(root, 'electron', 'cli', 'index.ts'), ...args], {
    cwd: root,
    env: { ...process.env, SKH_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('CLI entry', () => {
  it('--help prints the usage and exits 0', () => {
    const run = cli(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Soạn Kế hoạch — dòng lệnh')
  })

  it('an unknown command prints the usage and exits 2', () => {
    const run = cli(['frobnicate'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Soạn Kế hoạch — dòng lệnh')
  })

  it('library --help exits 0', () => {
    const run = cli(['library', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('library search')
  })

  it('library search on a fresh data folder seeds the library from the samples, as the app does', () => {
    const run = cli(['library', 'search', 'cong khai', '--limit', '3'])
    expect(run.code).toBe(0)
    const out = JSON.parse(run.stdout) as { count: number; message?: string }
    expect(out.count).toBe(3)
    expect(out.message).toBeUndefined()
    expect(run.stderr).toMatch(/khởi tạo từ các kế hoạch mẫu: \d+ điều khoản/)
  })

  it('export of a plan with errors says in its JSON that the file is a DỰ THẢO', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-cli-export-'))
    const plan = path.join(dir, 'moi.kehoach')
    expect(cli(['new', '--out', plan]).code).toBe(0)
    const run = cli(['export', plan, path.join(dir, 'moi.docx')])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, draft: true })
    const sample = cli([
      'export',
      path.join(root, 'resources', 'samples', '002.kehoach'),
      path.join(dir, 'mau.docx'),
    ])
    expect(JSON.parse(sample.stdout)).toMatchObject({ ok: true, draft: false })
  })
})
