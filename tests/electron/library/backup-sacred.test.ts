import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { libraryCommand } from '../../../electron/cli/commands/library'
import { backupCount, generationsToPrune, listBackups } from '../../../electron/main/library/backup'
import { BACKUP_EVERY } from '../../../electron/main/library/library'
import { libraryPaths, openLibrary } from '../../../electron/main/library/open-library'
import { createLibraryService } from '../../../electron/main/library/library-service'
import { open, paragraph, tempDir } from './helpers'

const samplesDir = path.join(import.meta.dirname, '..', '..', '..', 'resources', 'samples')

/** A data folder whose library holds `n` clauses and a backup of them. */
async function backedUp(n: number): Promise<string> {
  const dir = tempDir()
  const library = open(dir)
  library.bulkInsert(Array.from({ length: n }, (_v, i) => paragraph(`Điều khoản số ${i}`)))
  expect(await library.backupNow()).toBe(true)
  library.close()
  return dir
}

function damage(file: string, how: 'garbage' | 'empty' | 'gone'): void {
  for (const suffix of ['-wal', '-shm']) {
    fs.rmSync(file + suffix, { force: true })
  }
  if (how === 'gone') {
    fs.rmSync(file)
  } else {
    fs.writeFileSync(file, how === 'empty' ? '' : Buffer.alloc(8192, 7))
  }
}

describe('the library backup is sacred', () => {
  it.each(['garbage', 'empty', 'gone'] as const)(
    'a %s library.db with a backup is reported on every open, never silently replaced',
    async how => {
      const dir = await backedUp(120)
      const paths = libraryPaths(dir)
      damage(paths.file, how)
      for (let i = 0; i < 3; i++) {
        const opened = openLibrary(dir)
        expect(opened.ok).toBe(false)
        expect(opened.ok || opened.error.code).toBe('library.corrupted')
        expect(opened.ok || opened.error.message).toMatch(/sao lưu/)
      }
      // The app's service says the same every time and seeds nothing.
      const service = createLibraryService(dir, samplesDir)
      expect(service.status()).toMatchObject({ state: 'broken', canStartEmpty: true })
      expect(service.status().state).toBe('broken')
      expect(fs.existsSync(paths.file)).toBe(false)
      expect(backupCount(paths.backup)).toBe(120)
      // Restoring brings the clauses back; the damage is no longer reported.
      expect(service.restoreBackup()).toMatchObject({
        ok: true,
        value: { state: 'ready', count: 120 },
      })
      await service.close()
      expect(openLibrary(dir).ok).toBe(true)
    }
  )

  it('restore takes the newest backup that is still intact', async () => {
    const dir = await backedUp(30)
    const paths = libraryPaths(dir)
    // The latest backup is damaged too; the dated generation in backups/ is whole.
    fs.writeFileSync(paths.backup, Buffer.alloc(4096, 1))
    damage(paths.file, 'garbage')
    const opened = openLibrary(dir)
    const restored = opened.ok ? opened : opened.restoreFromBackup?.()
    expect(restored?.ok && restored.library.count()).toBe(30)
    if (restored?.ok) {
      restored.library.close()
    }
  })

  it('starting empty is an explicit choice, and the old backup is kept', async () => {
    const dir = await backedUp(40)
    damage(libraryPaths(dir).file, 'garbage')
    const service = createLibraryService(dir, samplesDir)
    const started = service.startEmpty()
    expect(started.ok && started.value.state).toBe('ready')
    await service.close()
    const kept = listBackups(libraryPaths(dir).file).filter(f => f.includes('library-kept-'))
    expect(kept.map(backupCount)).toEqual([40])
  })

  it('a much smaller library never replaces its backup: the backup is held', async () => {
    const dir = await backedUp(200)
    // The library file is replaced by a fresh one (a new library, seeded with a few clauses).
    const other = tempDir()
    const small = open(other)
    small.bulkInsert([paragraph('Một điều khoản mới')])
    small.close()
    const paths = libraryPaths(dir)
    damage(paths.file, 'gone')
    fs.copyFileSync(libraryPaths(other).file, paths.file)
    const library = open(dir)
    expect(library.count()).toBe(1)
    expect(await library.backupNow()).toBe(false)
    expect(library.heldBackup()).toMatchObject({ held: true, backupCount: 200, count: 1 })
    await library.closeWithBackup()
    expect(backupCount(paths.backup)).toBe(200)
  })

  it(`backs up after ${BACKUP_EVERY} changes and on close`, async () => {
    const dir = tempDir()
    const library = open(dir)
    const backup = libraryPaths(dir).backup
    for (let i = 0; i < BACKUP_EVERY; i++) {
      expect(library.add(paragraph(`Nhiệm vụ ${i}`)).ok).toBe(true)
    }
    await expect.poll(() => backupCount(backup)).toBe(BACKUP_EVERY)
    library.add(paragraph('Một điều khoản nữa'))
    await library.closeWithBackup()
    expect(backupCount(backup)).toBe(BACKUP_EVERY + 1)
  })

  it('keeps the newest 3 daily and 4 weekly generations', () => {
    const days = [
      '2026-12-02',
      '2026-12-01',
      '2026-11-30',
      '2026-11-29',
      '2026-11-25',
      '2026-11-18',
      '2026-11-11',
      '2026-11-04',
      '2026-10-28',
    ]
    const pruned = generationsToPrune(days.map(d => `library-${d}.db`))
    // Kept: 12-02, 12-01, 11-30 (daily) and the newest of ISO weeks 49, 48 (Sunday 11-29), 47, 46.
    expect(pruned.sort()).toEqual(
      ['library-2026-10-28.db', 'library-2026-11-04.db', 'library-2026-11-25.db'].sort()
    )
  })

  it('library restore in the CLI', async () => {
    const dir = await backedUp(25)
    damage(libraryPaths(dir).file, 'garbage')
    const lines: string[] = []
    const log = console.log
    console.log = (line: string) => lines.push(line)
    try {
      expect(await libraryCommand(['search', 'dieu'], dir)).toBe(1)
      expect(await libraryCommand(['restore'], dir)).toBe(0)
      expect(await libraryCommand(['restore'], dir)).toBe(0)
    } finally {
      console.log = log
    }
    expect(lines.join('\n')).toContain('Đã khôi phục thư viện: 25 điều khoản.')
    expect(lines.join('\n')).toContain('không cần khôi phục')
  })
})

describe('a library write killed at any moment', () => {
  it('never loses the library nor its backup', async () => {
    const dir = tempDir()
    const script = path.join(import.meta.dirname, 'write-loop.ts')
    let floor = 0
    for (let k = 0; k < 8; k++) {
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', script, dir], {
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        let timer: NodeJS.Timeout | undefined
        child.stdout.on('data', () => {
          timer ??= setTimeout(() => child.kill('SIGKILL'), 20 + k * 37)
        })
        child.on('exit', (_c, signal) =>
          signal === 'SIGKILL' ? resolve() : reject(new Error('write loop ended by itself'))
        )
      })
      const opened = openLibrary(dir)
      expect(opened.ok).toBe(true)
      if (opened.ok) {
        const count = opened.library.count()
        expect(count).toBeGreaterThanOrEqual(floor)
        floor = count
        opened.library.close()
      }
      const backup = backupCount(libraryPaths(dir).backup)
      if (fs.existsSync(libraryPaths(dir).backup)) {
        expect(backup).toBeGreaterThan(0)
      }
    }
  }, 120_000)
})
