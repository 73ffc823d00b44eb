import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPlanFile } from '../../../electron/main/files/plan-files'

const root = path.resolve(import.meta.dirname, '..', '..', '..')
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')
const sample = (id: string) => path.join(root, 'resources', 'samples', `${id}.kehoach`)

function cli(args: string[], dataDir: string) {
  const run = spawnSync(tsx, [path.join(root, 'electron', 'cli', 'index.ts'), ...args], {
    cwd: root,
    env: { ...process.env, SKH_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

const PROFILE = {
  agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN BẢO THẮNG'],
  agencyAbbr: 'UBND',
  level: 'huyen',
  place: 'Bảo Thắng',
  signatureLines: [{ prefix: 'TM', text: 'ỦY BAN NHÂN DÂN' }, { text: 'CHỦ TỊCH' }],
  signer: 'Nguyễn Văn A',
  recipients: [],
  archive: 'VT',
}

type Report = { ok: boolean; counts: Record<string, number>; changes: { after?: string }[] }

describe('cli derive', () => {
  it('derives a district plan, copies the agency map to the data folder and uses its edits', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-derive-'))
    const data = path.join(dir, 'data')
    const profile = path.join(dir, 'profile.json')
    fs.writeFileSync(profile, JSON.stringify(PROFILE))
    const out = path.join(dir, 'huyen.kehoach')
    const args = ['derive', sample('004'), out, '--level', 'huyen', '--profile', profile]
    const run = cli(args, data)
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout) as Report
    expect(report.ok).toBe(true)
    expect(report.counts['preamble-added']).toBe(1)
    expect(report.counts.agency).toBeGreaterThan(10)
    const written = readPlanFile(out)
    expect(written.ok && written.value.plan.header.agency).toEqual(PROFILE.agency)
    // The clerk edits the map in the data folder: the next derive follows it.
    const mapFile = path.join(data, 'lineage', 'agencies.json')
    const map = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as {
      levels: { huyen: { from: string; to: string }[] }
    }
    map.levels.huyen = [{ from: 'Sở Nội vụ', to: 'Phòng Nội vụ huyện Bảo Thắng' }]
    fs.writeFileSync(mapFile, JSON.stringify(map))
    const again = JSON.parse(cli(args, data).stdout) as Report
    expect(again.changes.some(c => c.after === 'Phòng Nội vụ huyện Bảo Thắng')).toBe(true)
    expect(again.changes.some(c => c.after === 'Phòng Y tế')).toBe(false)
  })

  it('needs --level huyen or xa', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-derive-'))
    const out = path.join(dir, 'x.kehoach')
    expect(cli(['derive', sample('004'), out], dir).code).toBe(2)
    expect(cli(['derive', sample('004'), out, '--level', 'tinh'], dir).code).toBe(2)
  })
})
