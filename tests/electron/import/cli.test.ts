import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { importCommand, importDocxFolderCommand } from '../../../electron/cli/commands/import'
import { restorePlanFile } from '../../../shared/model/restore'
import { loadSamples } from '../../shared/docx/samples'
import { planDocx } from '../../shared/import/docx-bytes'

const dir = mkdtempSync(join(tmpdir(), 'skh-import-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let out = ''
beforeEach(() => {
  out = ''
  vi.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    out += String(chunk)
    return true
  })
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
})
afterEach(() => vi.restoreAllMocks())

describe('CLI import commands', () => {
  it('import <in.docx> <out.kehoach> writes a plan and prints the report', async () => {
    const sample = loadSamples()[0]
    if (!sample) {
      throw new Error('no sample')
    }
    const input = join(dir, 'in.docx')
    writeFileSync(input, await planDocx(sample.plan))
    const output = join(dir, 'out.kehoach')
    expect(await importCommand([input, output])).toBe(0)
    const printed = JSON.parse(out) as { ok: boolean; report: { sections: number } }
    expect(printed.ok).toBe(true)
    expect(printed.report.sections).toBe(3)
    const restored = restorePlanFile(JSON.parse(readFileSync(output, 'utf8')))
    expect(restored.ok && restored.repairs).toEqual([])
  })
  it('import reports a bad file with exit code 1 and usage errors with 2', async () => {
    const input = join(dir, 'bad.docx')
    writeFileSync(input, 'xin chào')
    expect(await importCommand([input, join(dir, 'x.kehoach')])).toBe(1)
    expect(JSON.parse(out)).toMatchObject({ ok: false, error: { code: 'not-docx' } })
    expect(await importCommand([input])).toBe(2)
  })
  it('import <in.doc> and <in.pdf> write plans too', async () => {
    for (const ext of ['doc', 'pdf']) {
      const input = join(
        import.meta.dirname,
        'legacy',
        'fixtures',
        `typed-markers-dash-forms.${ext}`
      )
      const output = join(dir, `from-${ext}.kehoach`)
      out = ''
      expect(await importCommand([input, output])).toBe(0)
      const restored = restorePlanFile(JSON.parse(readFileSync(output, 'utf8')))
      expect(restored.ok && restored.plan.sections.map(x => x.title)).toEqual([
        'MỤC ĐÍCH, YÊU CẦU',
        'NHIỆM VỤ',
        'TỔ CHỨC THỰC HIỆN',
      ])
    }
  })
  it('library import-docx <folder> harvests into the library', async () => {
    const folder = join(dir, 'folder')
    mkdirSync(folder)
    for (const s of loadSamples().slice(0, 2)) {
      writeFileSync(join(folder, `${s.name}.docx`), await planDocx(s.plan))
    }
    expect(await importDocxFolderCommand([folder], join(dir, 'data'))).toBe(0)
    expect(JSON.parse(out)).toMatchObject({ ok: true, plans: 2, failed: [] })
    expect(await importDocxFolderCommand([], join(dir, 'data'))).toBe(2)
  })
})
