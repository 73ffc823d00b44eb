import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { beforeEach, describe, expect, it } from 'vitest'
import { VERSION_POLICY } from '../../../../electron/main/files/versions/prune'
import { encodeVersion } from '../../../../electron/main/files/versions/version-file'
import { VersionStore } from '../../../../electron/main/files/versions/version-store'
import { createPlan } from '../../../../shared/model/create-plan'
import type { Block, Plan } from '../../../../shared/model/types'

const DAY = 86_400_000

const BASE = createPlan({ agency: ['ỦY BAN NHÂN DÂN', 'XÃ TÂN LẬP'], year: 2025 })

/** The same plan (same ids) with `n` items in its tasks section, with some text to compress. */
function planWith(n: number, subject = 'Kế hoạch cải cách hành chính năm 2025'): Plan {
  const plan = BASE
  const items: Block[] = Array.from({ length: n }, (_v, i) => ({
    type: 'item',
    id: `i${i}`,
    style: 'dash',
    content: [{ text: `Nhiệm vụ ${i}: nâng cao chất lượng giải quyết thủ tục hành chính.` }],
    children: [],
  }))
  return {
    ...plan,
    subject,
    sections: plan.sections.map(s => (s.role === 'tasks' ? { ...s, children: items } : s)),
  }
}

describe('VersionStore', () => {
  let dir: string
  let file: string
  let clock: number
  let store: VersionStore

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-versions-'))
    file = path.join(dir, 'kế hoạch.kehoach')
    clock = Date.UTC(2026, 4, 10, 8)
    store = new VersionStore(path.join(dir, 'data'), VERSION_POLICY, () => (clock += 60_000))
  })

  const files = () => fs.readdirSync(store.folder(file))

  it('records a version asked for with recordSoon after the current turn, in order', async () => {
    store.recordSoon(file, planWith(2))
    store.recordSoon(file, planWith(5))
    // Nothing is written while the save's own turn runs: the clerk gets the answer first.
    expect(fs.existsSync(store.folder(file)) ? files() : []).toEqual([])
    await store.settled()
    const list = store.list(file)
    expect(list.ok ? list.value.versions.map(v => v.summary) : []).toEqual([
      '+3 mục',
      'Bản đầu tiên: 3 phần, 4 mục',
    ])
  })

  it('keeps one version per save, newest first, each with its summary and its plan', () => {
    const plans = [planWith(2), planWith(5), planWith(4, 'Kế hoạch đã sửa')]
    for (const plan of plans) {
      expect(store.record(file, plan).ok).toBe(true)
    }
    const list = store.list(file)
    expect(list.ok && list.value.damaged).toBe(0)
    const versions = list.ok ? list.value.versions : []
    expect(versions.map(v => v.summary)).toEqual([
      `sửa trích yếu, ${'\u2212'}1 mục`,
      '+3 mục',
      'Bản đầu tiên: 3 phần, 4 mục',
    ])
    expect(versions.map(v => v.savedAt)).toEqual([...versions.map(v => v.savedAt)].sort().reverse())
    versions.forEach((v, i) => {
      const read = store.read(file, v.id)
      expect(read.ok && read.value.plan).toEqual(plans[plans.length - 1 - i])
      expect(v.size).toBe(fs.statSync(path.join(store.folder(file), `${v.id}.skhv`)).size)
    })
  })

  it('a save identical to the last version adds none', () => {
    store.record(file, planWith(3))
    expect(store.record(file, planWith(3))).toEqual({ ok: true, value: undefined })
    // Also when the last version is read back from disk by a new process.
    const again = new VersionStore(path.join(dir, 'data'), VERSION_POLICY, () => (clock += 1000))
    expect(again.record(file, planWith(3))).toEqual({ ok: true, value: undefined })
    expect(files()).toHaveLength(1)
  })

  it('stores compressed: a version is much smaller than the plan file', () => {
    const recorded = store.record(file, planWith(400))
    const json = JSON.stringify(planWith(400), null, 2).length
    expect(recorded.ok && recorded.value!.size).toBeLessThan(json / 8)
  })

  it('stays within its bounds after many saves over months, keeping the newest', () => {
    // 200 saves: 2 a day over 100 days.
    for (let i = 0; i < 200; i++) {
      clock += DAY / 2
      expect(store.record(file, planWith(1 + (i % 50), `Lần lưu ${i}`)).ok).toBe(true)
    }
    const list = store.list(file)
    const versions = list.ok ? list.value.versions : []
    expect(versions.length).toBe(VERSION_POLICY.keepRecent + VERSION_POLICY.keepDaily)
    expect(files()).toHaveLength(versions.length)
    const newest = store.read(file, versions[0]!.id)
    expect(newest.ok && newest.value.plan.subject).toBe('Lần lưu 199')
  })

  it('respects the byte cap', () => {
    const tight = new VersionStore(
      path.join(dir, 'tight'),
      { keepRecent: 1000, keepDaily: 0, maxBytes: 20_000 },
      () => (clock += 1000)
    )
    for (let i = 0; i < 60; i++) {
      tight.record(file, planWith(30 + i))
    }
    const list = tight.list(file)
    const versions = list.ok ? list.value.versions : []
    const bytes = versions.reduce((sum, v) => sum + v.size, 0)
    expect(bytes).toBeLessThanOrEqual(20_000)
    expect(versions.length).toBeGreaterThan(1)
    const newest = tight.read(file, versions[0]!.id)
    expect(newest.ok && newest.value.plan).toEqual(planWith(89))
  })

  it('a damaged version gives a Vietnamese message, the others still list and read, saving goes on', () => {
    store.record(file, planWith(1))
    store.record(file, planWith(2))
    const listed = store.list(file)
    const [newest, older] = listed.ok ? listed.value.versions : []
    // The newest loses the end of its compressed body (a disk error, a bad copy).
    const target = path.join(store.folder(file), `${newest!.id}.skhv`)
    fs.truncateSync(target, fs.statSync(target).size - 10)
    const read = store.read(file, newest!.id)
    expect(read.ok).toBe(false)
    expect(!read.ok && read.error.message).toMatch(/Phiên bản này bị hỏng, không đọc được/)
    expect(store.read(file, older!.id).ok).toBe(true)
    // A garbage file with a version's name is counted as damaged, not listed.
    fs.writeFileSync(path.join(store.folder(file), '20260101T000000000-abcd.skhv'), 'rác')
    const list = store.list(file)
    expect(list.ok && list.value.damaged).toBe(1)
    expect(list.ok && list.value.versions.map(v => v.id)).toEqual([newest!.id, older!.id])
    // A fresh process summarises against the newest readable version.
    const again = new VersionStore(path.join(dir, 'data'), VERSION_POLICY, () => (clock += 1000))
    const next = again.record(file, planWith(3))
    expect(next.ok && next.value?.summary).toBe('+2 mục')
  })

  it('a version half-written by a killed save is never listed, and the next save removes it', () => {
    store.record(file, planWith(1))
    const whole = fs.readdirSync(store.folder(file))[0]!
    const bytes = fs.readFileSync(path.join(store.folder(file), whole))
    // What a save killed mid-write leaves: a temp file (of a process no longer running).
    const temp = `.20260101T000000000-dead.skhv.999999999.${Date.now()}.tmp`
    fs.writeFileSync(path.join(store.folder(file), temp), bytes.subarray(0, bytes.length / 2))
    const list = store.list(file)
    expect(list.ok && list.value).toMatchObject({ damaged: 0, versions: [{ summary: /^Bản đầu/ }] })
    expect(store.record(file, planWith(2)).ok).toBe(true)
    expect(files().filter(n => n.endsWith('.tmp'))).toEqual([])
  })

  it('refuses a version that would inflate past a plan’s size limit', () => {
    const bomb = Buffer.alloc(60 * 1024 * 1024, 0x20)
    const bytes = encodeVersion(
      { savedAt: new Date().toISOString(), summary: 'x', path: path.resolve(file) },
      ''
    )
    const header = bytes.subarray(0, bytes.indexOf(0x0a, 30) + 1)
    fs.mkdirSync(store.folder(file), { recursive: true })
    const id = '20260101T000000000-b0b0'
    fs.writeFileSync(
      path.join(store.folder(file), `${id}.skhv`),
      Buffer.concat([header, gzipSync(bomb, { level: 1 })])
    )
    const read = store.read(file, id)
    expect(!read.ok && read.error.code).toBe('version.damaged')
  })

  it('lists only versions of this plan, and refuses ids that name no version', () => {
    const other = path.join(dir, 'khác.kehoach')
    store.record(other, planWith(1))
    const [foreign] = fs.readdirSync(store.folder(other))
    fs.mkdirSync(store.folder(file), { recursive: true })
    fs.copyFileSync(
      path.join(store.folder(other), foreign!),
      path.join(store.folder(file), foreign!)
    )
    expect(store.list(file)).toEqual({ ok: true, value: { versions: [], damaged: 0 } })
    expect(store.read(file, '../../x').ok).toBe(false)
    expect(store.read(file, '20260101T000000000-ffff')).toMatchObject({
      ok: false,
      error: { code: 'version.not-found' },
    })
  })

  it('fails as a value, never a throw, when the data folder cannot hold versions', () => {
    fs.mkdirSync(path.join(dir, 'data'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'data', 'versions'), 'a file where the folder goes')
    const recorded = store.record(file, planWith(1))
    expect(recorded.ok).toBe(false)
    expect(store.list(file)).toEqual({ ok: true, value: { versions: [], damaged: 0 } })
  })
})
