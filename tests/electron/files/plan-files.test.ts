import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { readPlanFile, writePlanFile } from '../../../electron/main/files/plan-files'
import { createPlan } from '../../../shared/model/create-plan'
import { serialisePlan } from '../../../shared/model/serialise'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-files-'))
})

const plan = createPlan({
  agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN LỘC BÌNH'],
  place: 'Lộc Bình',
  year: 2024,
})

describe('plan files', () => {
  it('saves and reads back where a carried-forward or derived plan came from', () => {
    const file = path.join(dir, 'năm sau.kehoach')
    const provenance = {
      kind: 'carry-forward',
      file: '002.kehoach',
      number: '354/KH-UBND',
      date: { day: 30, month: 5, year: 2024 },
      issuer: 'Ủy ban nhân dân xã Liên Hội',
      createdAt: '2026-12-05T07:30:00.000Z',
    } as const
    expect(writePlanFile(file, { ...plan, provenance }).ok).toBe(true)
    const opened = readPlanFile(file)
    expect(opened.ok && opened.value.repairs).toEqual([])
    expect(opened.ok && opened.value.plan.provenance).toEqual(provenance)
  })

  it('saves and reads back the same plan, keeping the previous version as .bak', () => {
    const file = path.join(dir, 'kế hoạch.kehoach')
    expect(writePlanFile(file, plan).ok).toBe(true)
    const second = { ...plan, subject: 'Lần hai' }
    expect(writePlanFile(file, second).ok).toBe(true)
    const opened = readPlanFile(file)
    expect(opened.ok && opened.value.plan).toEqual(second)
    expect(fs.readFileSync(`${file}.bak`, 'utf8')).toBe(serialisePlan(plan))
    expect(fs.readdirSync(dir).sort()).toEqual(['kế hoạch.kehoach', 'kế hoạch.kehoach.bak'])
  })

  it('a save after one killed between the .bak and the plan renames leaves no temp file', () => {
    // That kill leaves `.bak` as a hard link of the plan; renaming another link of the same file
    // over it does nothing (POSIX), so the backup's temp name used to stay behind.
    const file = path.join(dir, 'c.kehoach')
    expect(writePlanFile(file, plan).ok).toBe(true)
    fs.linkSync(file, `${file}.bak`)
    const second = { ...plan, subject: 'Lần hai' }
    expect(writePlanFile(file, second).ok).toBe(true)
    expect(fs.readdirSync(dir).sort()).toEqual(['c.kehoach', 'c.kehoach.bak'])
    expect(fs.readFileSync(`${file}.bak`, 'utf8')).toBe(serialisePlan(plan))
    const opened = readPlanFile(file)
    expect(opened.ok && opened.value.plan).toEqual(second)
  })

  it('a save interrupted midway leaves the old file intact and no temp file behind', () => {
    const file = path.join(dir, 'a.kehoach')
    writePlanFile(file, plan)
    const before = fs.readFileSync(file, 'utf8')
    const result = writePlanFile(
      file,
      { ...plan, subject: 'mới' },
      {
        writeFile: (temp, data) => {
          fs.writeFileSync(temp, String(data).slice(0, 40))
          throw Object.assign(new Error('power cut'), { code: 'EIO' })
        },
        rename: () => {
          throw new Error('unreachable')
        },
      }
    )
    expect(result.ok).toBe(false)
    expect(fs.readFileSync(file, 'utf8')).toBe(before)
    expect(fs.readdirSync(dir).filter(n => n.endsWith('.tmp'))).toEqual([])
  })

  it('a disk-full error reads as Vietnamese', () => {
    const result = writePlanFile(path.join(dir, 'b.kehoach'), plan, {
      writeFile: () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
      },
      rename: () => undefined,
    })
    expect(!result.ok && result.error.message).toContain('ổ đĩa đã đầy')
  })

  it.each([
    [
      'truncated',
      '{"format":"soan-ke-hoach/plan","schemaVersion":1,"plan":{"head',
      'bị hỏng hoặc không đầy đủ',
    ],
    ['empty', '', 'trống rỗng'],
    ['foreign JSON', '{"name":"x"}', 'không phải là kế hoạch'],
    ['foreign text', 'Hello', 'không phải là kế hoạch'],
    [
      'newer version',
      '{"format":"soan-ke-hoach/plan","schemaVersion":7,"plan":{}}',
      'phiên bản Soạn Kế hoạch mới hơn',
    ],
  ])('a %s file gets a clear message and stays untouched', (_name, content, message) => {
    const file = path.join(dir, 'x.kehoach')
    fs.writeFileSync(file, content)
    const result = readPlanFile(file)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message).toContain(message)
    expect(fs.readFileSync(file, 'utf8')).toBe(content)
  })

  it('a binary file is refused as not UTF-8', () => {
    const file = path.join(dir, 'bin.kehoach')
    fs.writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0x81]))
    const result = readPlanFile(file)
    expect(!result.ok && result.error.code).toBe('plan.encoding')
  })

  it('a missing file reads as Vietnamese', () => {
    const result = readPlanFile(path.join(dir, 'không-có.kehoach'))
    expect(!result.ok && result.error.message).toContain('không tìm thấy')
  })

  it('a structurally broken but readable plan is repaired and the repairs are reported', () => {
    const file = path.join(dir, 'broken.kehoach')
    const raw = JSON.parse(serialisePlan(plan)) as { plan: { sections: unknown[] } }
    raw.plan.sections = raw.plan.sections.slice(1)
    fs.writeFileSync(file, JSON.stringify(raw))
    const result = readPlanFile(file)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.value.plan.sections.map(s => s.role)).toEqual([
        'purpose',
        'tasks',
        'organization',
      ])
      expect(result.value.repairs.length).toBeGreaterThan(0)
    }
  })
})
