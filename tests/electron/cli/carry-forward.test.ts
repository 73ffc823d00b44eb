import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportPlanDocx } from '../../../electron/main/export/write-docx'
import { readPlanFile } from '../../../electron/main/files/plan-files'

const root = path.resolve(import.meta.dirname, '..', '..', '..')
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')
const sample = (id: string) => path.join(root, 'resources', 'samples', `${id}.kehoach`)

function cli(args: string[]) {
  const run = spawnSync(tsx, [path.join(root, 'electron', 'cli', 'index.ts'), ...args], {
    cwd: root,
    env: { ...process.env, SKH_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'skh-cf-data-')) },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

type Report = {
  ok: boolean
  fromYear: number
  toYear: number
  counts: Record<string, number>
  changes: { kind: string; where: string; before?: string; after?: string }[]
}

describe('cli carry-forward', () => {
  it('writes next year’s plan from a .kehoach and reports every change', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'skh-cf-')), 'nam-sau.kehoach')
    const run = cli(['carry-forward', sample('001'), out])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as Report
    expect(report).toMatchObject({ ok: true, fromYear: 2021, toYear: 2022 })
    expect(report.counts).toEqual({
      'number-date-cleared': 1,
      year: 11,
      'preamble-review': 1,
      'task-overdue': 1,
    })
    expect(report.changes[1]).toMatchObject({ kind: 'year', where: 'Trích yếu', after: '2022' })
    const written = readPlanFile(out)
    expect(written.ok && written.value.plan.subject).toMatch(/năm 2022$/u)
    expect(written.ok && written.value.plan.header.number).toBeUndefined()
  })

  it('--year picks the target year', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'skh-cf-')), 'x.kehoach')
    const report = JSON.parse(
      cli(['carry-forward', sample('004'), out, '--year', '2026']).stdout
    ) as Report
    expect(report).toMatchObject({ fromYear: 2023, toYear: 2026 })
    expect(cli(['carry-forward', sample('004'), out, '--year', 'abc']).code).toBe(2)
    expect(cli(['carry-forward', sample('004')]).code).toBe(2)
  })

  it('reads a Word plan through the import', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-cf-'))
    const opened = readPlanFile(sample('002'))
    if (!opened.ok) {
      throw new Error(opened.error.message)
    }
    await exportPlanDocx(opened.value.plan, path.join(dir, 'in.docx'))
    const run = cli(['carry-forward', path.join(dir, 'in.docx'), path.join(dir, 'out.kehoach')])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as Report
    expect(report).toMatchObject({ ok: true, fromYear: 2024, toYear: 2025 })
    expect(report.changes.some(c => c.where === 'Trích yếu' && c.after === '2025')).toBe(true)
  })

  it('exits 1 on a source that is not a plan', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-cf-'))
    fs.writeFileSync(path.join(dir, 'bad.kehoach'), '{"format":"other"}')
    const run = cli(['carry-forward', path.join(dir, 'bad.kehoach'), path.join(dir, 'o.kehoach')])
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false })
  })
})
