import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Autosave } from '../../../electron/main/files/autosave'
import { readPlanFile, writePlanFile } from '../../../electron/main/files/plan-files'
import { VersionStore } from '../../../electron/main/files/versions/version-store'
import { createPlan } from '../../../shared/model/create-plan'

const root = fs.mkdtempSync(path.join(tmpdir(), 'skh-kill-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))
const loop = path.join(import.meta.dirname, 'save-loop.ts')
const KILLS = 12

/** A seeded sequence of kill delays (ms after the child's first completed save). */
function delays(seed: number): number[] {
  let a = seed
  return Array.from({ length: KILLS }, () => {
    a = (a * 1103515245 + 12345) % 2147483648
    return 1 + (a % 60)
  })
}

/** Runs the save loop, SIGKILLs it `delay` ms after its first save; the last number it finished. */
function runAndKill(mode: string, target: string, first: number, delay: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', loop, mode, target, String(first)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      timer ??= setTimeout(() => child.kill('SIGKILL'), delay)
    })
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`save loop ended without being killed: ${err}`))
        return
      }
      const done = out.split('\n').filter(l => /^\d+$/.test(l))
      resolve(Number(done.at(-1) ?? first - 1))
    })
  })
}

const subjectNumber = (subject: string) => Number(/Lần lưu (\d+)/.exec(subject)?.[1])
const temps = (dir: string) => fs.readdirSync(dir).filter(n => n.endsWith('.tmp'))

describe('a save killed at any moment loses nothing', () => {
  it(`plan file and .bak stay whole through ${KILLS} kills; temp files go at the next save`, async () => {
    const dir = path.join(root, 'plans')
    fs.mkdirSync(dir)
    const file = path.join(dir, 'ke-hoach.kehoach')
    let first = 0
    for (const delay of delays(7)) {
      const last = await runAndKill('plan', file, first, delay)
      const plan = readPlanFile(file)
      expect(plan.ok).toBe(true)
      // The file holds the last save that finished, or one begun after it.
      const n = plan.ok ? subjectNumber(plan.value.plan.subject) : -1
      expect(n).toBeGreaterThanOrEqual(last)
      if (fs.existsSync(`${file}.bak`)) {
        const bak = readPlanFile(`${file}.bak`)
        expect(bak.ok).toBe(true)
        expect(bak.ok && subjectNumber(bak.value.plan.subject)).toBeLessThanOrEqual(n)
      }
      first = n + 1
    }
    expect(writePlanFile(file, createPlan()).ok).toBe(true)
    expect(temps(dir)).toEqual([])
  }, 120_000)

  it(`a save with its version killed ${KILLS} times: the list stays whole and readable`, async () => {
    const dir = path.join(root, 'versioned')
    fs.mkdirSync(dir)
    const file = path.join(dir, 'ke-hoach.kehoach')
    // save-loop.ts keeps 4 recent versions and 2 daily ones; a kill before pruning leaves one more.
    const store = new VersionStore(path.join(dir, 'data'), {
      keepRecent: 4,
      keepDaily: 2,
      maxBytes: 8 * 1024 * 1024,
    })
    let first = 0
    for (const delay of delays(13)) {
      const last = await runAndKill('versions', file, first, delay)
      const list = store.list(file)
      expect(list.ok && list.value.damaged).toBe(0)
      const versions = list.ok ? list.value.versions : []
      expect(versions.length).toBeGreaterThan(0)
      expect(versions.length).toBeLessThanOrEqual(7)
      const numbers = versions.map(v => {
        const read = store.read(file, v.id)
        expect(read.ok).toBe(true)
        return read.ok ? subjectNumber(read.value.plan.subject) : -1
      })
      // The newest version is the last save that finished, or one begun after it.
      expect(numbers[0]).toBeGreaterThanOrEqual(last)
      const plan = readPlanFile(file)
      first = (plan.ok ? subjectNumber(plan.value.plan.subject) : 0) + 1
    }
    expect(store.record(file, createPlan()).ok).toBe(true)
    expect(temps(store.folder(file))).toEqual([])
    expect(fs.readdirSync(store.folder(file)).length).toBeLessThanOrEqual(6)
  }, 120_000)

  it(`autosave killed ${KILLS} times: recovery offers the newest complete text`, async () => {
    const dataDir = path.join(root, 'data')
    let first = 0
    for (const delay of delays(11)) {
      const last = await runAndKill('autosave', dataDir, first, delay)
      const store = new Autosave(dataDir)
      expect(store.list().map(e => e.id)).toEqual(['s1'])
      const read = store.read('s1')
      expect(read.ok).toBe(true)
      const n = read.ok ? subjectNumber(read.value.plan.subject) : -1
      expect(n).toBeGreaterThanOrEqual(last)
      first = n + 1
    }
    new Autosave(dataDir).removeStaleTemps()
    expect(temps(path.join(dataDir, 'autosave'))).toEqual([])
  }, 120_000)
})
