import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { harvestFolder } from '../../../electron/main/import/harvest-folder'
import { openLibrary } from '../../../electron/main/library/open-library'
import { loadSamples } from '../../shared/docx/samples'
import { planDocx } from '../../shared/import/docx-bytes'

const root = mkdtempSync(join(tmpdir(), 'skh-harvest-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

async function folderWithPlans(name: string): Promise<string> {
  const folder = join(root, name)
  mkdirSync(join(folder, 'nam-2024', 'quy-1'), { recursive: true })
  const samples = loadSamples()
  for (const [i, s] of samples.entries()) {
    const sub = i % 2 === 0 ? folder : join(folder, 'nam-2024', 'quy-1')
    writeFileSync(join(sub, `${s.name}.docx`), await planDocx(s.plan))
  }
  writeFileSync(join(folder, '~$000.kehoach.docx'), 'lock')
  writeFileSync(join(folder, 'hong.docx'), 'không phải docx')
  writeFileSync(join(folder, 'ghi-chu.txt'), 'bỏ qua')
  return folder
}

function library(name: string) {
  const opened = openLibrary(join(root, `${name}-data`))
  if (!opened.ok) {
    throw new Error(opened.error.message)
  }
  return opened.library
}

describe('harvestFolder', () => {
  it('imports every .docx recursively into the library, listing failures', async () => {
    const folder = await folderWithPlans('all')
    const lib = library('all')
    const progress: string[] = []
    const summary = await harvestFolder(folder, lib, {
      onProgress: (done, total, file) => progress.push(`${done}/${total} ${file}`),
    })
    const samples = loadSamples().length
    expect(summary.plans).toBe(samples)
    expect(summary.failed).toEqual([
      {
        file: 'hong.docx',
        message: 'Tệp này không phải tệp Word (.docx, .doc) hay PDF nên không nhập được.',
      },
    ])
    expect(summary.added).toBeGreaterThan(50)
    expect(lib.count()).toBe(summary.added)
    expect(progress).toHaveLength(samples + 1)
    const hit = lib.search('Phòng Nội vụ', { limit: 5 })
    expect(JSON.stringify(hit)).toContain('.docx')
    const again = await harvestFolder(folder, lib)
    expect(again.added).toBe(0)
    lib.close()
  })
  it('stops when the signal is aborted', async () => {
    const folder = await folderWithPlans('cancel')
    const lib = library('cancel')
    const controller = new AbortController()
    const summary = await harvestFolder(folder, lib, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    })
    expect(summary.cancelled).toBe(true)
    expect(summary.plans + summary.failed.length).toBe(1)
    lib.close()
  })
})

describe('harvestFolder with old .doc files and text PDFs', () => {
  const legacy = (name: string): Buffer =>
    readFileSync(join(import.meta.dirname, 'legacy', 'fixtures', name))

  it('harvests .docx, .doc and .pdf alike, with issuer, level and year from each header', async () => {
    const folder = join(root, 'mixed')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'ke-hoach-2024.doc'), legacy('sample-002.doc'))
    writeFileSync(join(folder, 'ban-ky.pdf'), legacy('sample-002.pdf'))
    writeFileSync(join(folder, 'so-noi-vu.doc'), legacy('header-2-col-table.doc'))
    writeFileSync(join(folder, 'huyen.pdf'), legacy('header-3-col-table-huyen.pdf'))
    writeFileSync(join(folder, 'hong.pdf'), '%PDF-1.7 hỏng')
    const lib = library('mixed')
    const summary = await harvestFolder(folder, lib)
    expect(summary.plans).toBe(4)
    expect(summary.failed.map(f => f.file)).toEqual(['hong.pdf'])
    // Every clause keeps where it came from; the export lists them all (search collapses
    // clauses of the same text).
    const exported = JSON.parse(lib.exportClauses()) as {
      clauses: { source: { file?: string; issuer?: string; level?: string; year?: number } }[]
    }
    const sources = new Map(
      exported.clauses.map(c => [c.source.file, JSON.stringify(c.source)] as const)
    )
    const source = (file: string) => JSON.parse(sources.get(file) ?? '{}') as unknown
    expect(source('so-noi-vu.doc')).toMatchObject({
      issuer: 'Sở Nội vụ',
      level: 'tinh',
      year: 2025,
    })
    // The corpus file names its issuer in the appendix's "Kèm theo … của Sở Nội vụ" line.
    expect(source('huyen.pdf')).toMatchObject({ issuer: 'Sở Nội vụ', level: 'huyen', year: 2021 })
    for (const file of ['ke-hoach-2024.doc', 'ban-ky.pdf']) {
      expect(source(file)).toMatchObject({
        issuer: 'Ủy ban nhân dân xã Liên Hội',
        level: 'xa',
        year: 2024,
      })
    }
    lib.close()
  })
})
