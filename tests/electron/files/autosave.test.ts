import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Autosave } from '../../../electron/main/files/autosave'
import { RecentFiles } from '../../../electron/main/files/recent-files'
import { createPlan } from '../../../shared/model/create-plan'

describe('autosave', () => {
  it('keeps unsaved work across a restart until discarded', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-auto-'))
    const plan = { ...createPlan(), subject: 'Chưa lưu' }
    expect(new Autosave(dataDir).write('s1', undefined, plan).ok).toBe(true)
    expect(
      new Autosave(dataDir).write('s2', '/x/y.kehoach', { ...plan, subject: 'Có tệp' }).ok
    ).toBe(true)

    const restarted = new Autosave(dataDir)
    expect(
      restarted
        .list()
        .map(e => e.title)
        .sort()
    ).toEqual(['Chưa lưu', 'Có tệp'])
    const read = restarted.read('s2')
    expect(read.ok && read.value.plan.subject).toBe('Có tệp')
    expect(read.ok && read.value.path).toBe('/x/y.kehoach')

    restarted.discard('s1')
    restarted.discard('s2')
    expect(restarted.list()).toEqual([])
  })

  it('ignores a half-written entry instead of failing', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-auto-'))
    fs.mkdirSync(path.join(dataDir, 'autosave'))
    fs.writeFileSync(path.join(dataDir, 'autosave', 'bad.json'), '{"id":')
    expect(new Autosave(dataDir).list()).toEqual([])
  })
})

describe('recent files', () => {
  it('lists most recent first, without duplicates, at most ten', () => {
    const recent = new RecentFiles(fs.mkdtempSync(path.join(os.tmpdir(), 'skh-recent-')))
    for (let i = 0; i < 12; i += 1) {
      recent.touch(`/p/${i}.kehoach`, `KH ${i}`)
    }
    recent.touch('/p/5.kehoach', 'KH 5')
    const list = recent.list()
    expect(list).toHaveLength(10)
    expect(list[0]?.path).toBe('/p/5.kehoach')
    expect(new Set(list.map(r => r.path)).size).toBe(10)
    recent.clear()
    expect(recent.list()).toEqual([])
  })
})
