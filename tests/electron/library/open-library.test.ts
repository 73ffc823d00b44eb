import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { libraryPaths, openLibrary } from '../../../electron/main/library/open-library'
import { LIBRARY_SCHEMA_VERSION } from '../../../electron/main/library/schema'
import { samplePlan } from '../../shared/library/fixtures'
import { open, paragraph, tempDir } from './helpers'

function garble(file: string): void {
  const bytes = Buffer.alloc(64 * 1024)
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = (i * 7919 + 13) & 0xff
  }
  fs.writeFileSync(file, bytes)
}

describe('openLibrary', () => {
  it('creates the database in WAL mode at the current schema version', () => {
    const dir = tempDir()
    open(dir).close()
    const db = new Database(libraryPaths(dir).file, { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(LIBRARY_SCHEMA_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
  })

  it('keeps its clauses across a reopen', () => {
    const dir = tempDir()
    const first = open(dir)
    first.bulkInsert([paragraph('Tăng cường công tác tuyên truyền')])
    first.close()
    const again = open(dir)
    expect(again.search('tuyen truyen')).toHaveLength(1)
    again.close()
  })

  it('reports a garbage file as corrupted, moves it aside, and restores the backup', async () => {
    const dir = tempDir()
    const library = open(dir)
    library.bulkInsert([paragraph('Công khai danh sách hộ nghèo')])
    expect(await library.backupIfDue()).toBe(true)
    expect(await library.backupIfDue()).toBe(false)
    library.close()
    const paths = libraryPaths(dir)
    garble(paths.file)

    const opened = openLibrary(dir)
    expect(opened.ok).toBe(false)
    if (opened.ok) {
      return
    }
    expect(opened.error.code).toBe('library.corrupted')
    expect(opened.error.message).toContain('bị hỏng')
    expect(opened.backupExists).toBe(true)
    expect(opened.movedTo).toMatch(/library\.db\.corrupt-/)
    expect(fs.existsSync(opened.movedTo!)).toBe(true)
    expect(fs.existsSync(paths.file)).toBe(false)

    const restored = opened.restoreFromBackup!()
    expect(restored.ok).toBe(true)
    if (restored.ok) {
      expect(restored.library.search('ho ngheo').map(h => h.clause.text)).toEqual([
        'Công khai danh sách hộ nghèo',
      ])
      restored.library.close()
    }
  })

  it('detects damage inside a valid-looking database', () => {
    const dir = tempDir()
    const library = open(dir)
    library.bulkInsert(
      Array.from({ length: 3000 }, (_, i) =>
        paragraph(`Điều khoản số ${i} về cải cách hành chính ${'nội dung '.repeat(i % 20)}`)
      )
    )
    library.close()
    const file = libraryPaths(dir).file
    const bytes = fs.readFileSync(file)
    // Keep the header page, overwrite the middle of the file.
    for (let i = bytes.length / 2; i < bytes.length / 2 + 40_000; i++) {
      bytes[i] = (i * 31) & 0xff
    }
    fs.writeFileSync(file, bytes)
    const opened = openLibrary(dir)
    expect(opened.ok).toBe(false)
    if (!opened.ok) {
      expect(opened.error.code).toBe('library.corrupted')
      expect(opened.backupExists).toBe(false)
      const fresh = opened.restoreFromBackup!()
      expect(fresh.ok && fresh.library.count()).toBe(0)
      if (fresh.ok) {
        fresh.library.close()
      }
    }
  })

  it('refuses a database from a newer version and leaves it untouched', () => {
    const dir = tempDir()
    open(dir).close()
    const file = libraryPaths(dir).file
    const db = new Database(file)
    db.pragma(`user_version = ${LIBRARY_SCHEMA_VERSION + 1}`)
    db.close()
    const before = fs.readFileSync(file)
    const opened = openLibrary(dir)
    expect(opened.ok).toBe(false)
    if (!opened.ok) {
      expect(opened.error.code).toBe('library.newer-version')
      expect(opened.restoreFromBackup).toBeUndefined()
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true)
    expect(fs.readdirSync(dir).filter(name => name.includes('corrupt'))).toEqual([])
  })

  it('seeds an empty library from sample plans, once', () => {
    const dir = tempDir()
    const library = open(dir)
    const added = library.seedIfEmpty(() => [
      { plan: samplePlan(), source: { file: 'mau.kehoach' } },
    ])
    expect(added).toBeGreaterThan(10)
    expect(
      library.seedIfEmpty(() => {
        throw new Error('a library with clauses must not read the samples')
      })
    ).toBe(0)
    expect(library.count()).toBe(added)
    expect(library.search('giay chung nhan')[0]?.clause.tags).toEqual({
      papi: 'P5.3',
      cchc: 'C3',
      section: 'tasks',
    })
    library.close()
  })

  it('loads the real sample plans when they exist', async () => {
    const { loadSamplePlans } = await import('../../../electron/main/library/sample-plans')
    const samples = loadSamplePlans(path.resolve(__dirname, '../../../resources/samples'))
    const library = open(tempDir())
    const added = library.seedIfEmpty(() => samples)
    expect(added > 0).toBe(samples.length > 0)
    library.close()
  })
})

describe('openLibrary on an unusable location', () => {
  it('reports a data directory that is a file as a value', () => {
    const dir = tempDir()
    const blocker = path.join(dir, 'not-a-dir')
    fs.writeFileSync(blocker, 'x')
    const opened = openLibrary(path.join(blocker, 'data'))
    expect(opened.ok).toBe(false)
    if (!opened.ok) {
      expect(opened.error.code).toBe('library.unavailable')
      expect(opened.error.message).toMatch(/^Không thể mở thư viện điều khoản/)
    }
  })
})
