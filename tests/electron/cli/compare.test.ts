import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { writePlanFile } from '../../../electron/main/files/plan-files'
import { editedSample } from '../../shared/lineage/compare/edited-sample'

const root = path.resolve(import.meta.dirname, '..', '..', '..')
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')
const sample = (id: string) => path.join(root, 'resources', 'samples', `${id}.kehoach`)

function cli(args: string[]) {
  const run = spawnSync(tsx, [path.join(root, 'electron', 'cli', 'index.ts'), ...args], {
    cwd: root,
    env: { ...process.env, SKH_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'skh-cmp-data-')) },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

type Report = {
  ok: boolean
  docx?: string
  counts: Record<string, number>
  changes: { id: string; type: string; where: string; from?: string; words?: unknown[] }[]
}

describe('cli compare', () => {
  it('prints the counts and every change of an edited plan, and writes the tracked .docx', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-cmp-'))
    const { newer } = editedSample()
    const edited = path.join(dir, 'moi.kehoach')
    expect(writePlanFile(edited, newer).ok).toBe(true)
    const out = path.join(dir, 'so-sanh.docx')
    const run = cli(['compare', sample('001'), edited, '--docx', out])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as Report
    expect(report.ok).toBe(true)
    expect(report.counts).toEqual({ added: 1, removed: 2, changed: 2, moved: 2 })
    expect(report.changes.map(c => c.type)).toEqual([
      'changed',
      'moved',
      'moved',
      'removed',
      'removed',
      'added',
      'changed',
    ])
    expect(report.changes[1]).toMatchObject({ where: 'Mục III, 1.', from: 'Mục III, 12.' })
    expect(report.changes[0]!.words).toEqual([{ type: 'added', text: ' và hằng tháng' }])
    expect(report.docx).toBe(out)
    const xml = await (
      await JSZip.loadAsync(fs.readFileSync(out))
    )
      .file('word/document.xml')
      ?.async('string')
    expect(xml).toMatch(/<w:ins [^>]*w:author="[^"]+"/)
    expect(xml).toMatch(/<w:del [^>]*w:author="[^"]+"/)
  })

  it('finds nothing between a plan and itself, and refuses bad usage', () => {
    const report = JSON.parse(cli(['compare', sample('004'), sample('004')]).stdout) as Report
    expect(report.counts).toEqual({ added: 0, removed: 0, changed: 0, moved: 0 })
    expect(report.changes).toEqual([])
    expect(cli(['compare', sample('004')]).code).toBe(2)
    expect(cli(['compare', sample('004'), sample('001'), '--docx']).code).toBe(2)
    expect(cli(['compare', sample('004'), path.join(root, 'nope.kehoach')]).code).toBe(1)
  })
})
