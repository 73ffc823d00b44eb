import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { PathGrants } from '../../../electron/main/files/path-grants'
import { createHandlers } from '../../../electron/main/ipc/handlers'
import type { Api, FileKind } from '../../../shared/ipc/contract'
import { contractClient } from '../ipc/contract-client'
import { createPlan } from '../../../shared/model/create-plan'
import { PLAN_FILE_FORMAT, SCHEMA_VERSION } from '../../../shared/model/types'

const root = path.resolve(import.meta.dirname, '..', '..', '..')

/**
 * The app's handlers (not the harness's) with scripted dialogs (`answers` is what they return),
 * called through the contract's policy like the renderer calls them.
 */
function appHandlers(dir: string, answers: Partial<Record<FileKind, string>>, grants: PathGrants) {
  const dataDir = path.join(dir, 'data')
  fs.mkdirSync(dataDir, { recursive: true })
  return contractClient(
    createHandlers({
      version: 'test',
      dataDir,
      documentsDir: dir,
      resourcesDir: path.join(root, 'resources'),
      harness: false,
      grants,
      pickOpen: async kind => answers[kind],
      pickSave: async kind => answers[kind],
      showInFolder: async () => undefined,
      closeWindow: async () => undefined,
    })
  )
}

function planFile(file: string): void {
  fs.writeFileSync(
    file,
    JSON.stringify({
      format: PLAN_FILE_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      plan: createPlan({ year: 2025 }),
    })
  )
}

describe('the app only touches files the clerk chose', () => {
  let dir: string
  let grants: PathGrants
  let api: Api
  const chosen = () => path.join(dir, 'đã chọn.kehoach')
  const other = () => path.join(dir, 'khác.kehoach')

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-grants-'))
    grants = new PathGrants()
    api = appHandlers(dir, { plan: chosen(), docx: path.join(dir, 'xuất.docx') }, grants)
    planFile(chosen())
    planFile(other())
  })

  it('refuses to open, save, export or import a file no dialog gave, with a Vietnamese message', async () => {
    const plan = createPlan({ year: 2025 })
    for (const result of [
      await api['plan:open'](other()),
      await api['plan:save'](other(), plan),
      await api['export:docx'](path.join(dir, 'x.docx'), plan, true),
      await api['import:docx'](path.join(dir, 'x.docx')),
      await api['import:folderStart'](dir),
      await api['library:export'](path.join(dir, 'x.thuvien')),
      await api['library:import'](path.join(dir, 'x.thuvien')),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'file.not-chosen' } })
      expect(!result.ok && result.error.message).toMatch(/^Chương trình chỉ mở và ghi/)
    }
    expect(fs.existsSync(path.join(dir, 'x.docx'))).toBe(false)
  })

  it('opens and saves the file picked in the dialog, then keeps it for Ctrl+S and the recent list', async () => {
    expect(await api['dialog:pickOpen']('plan')).toBe(chosen())
    const opened = await api['plan:open'](chosen())
    expect(opened.ok).toBe(true)
    const plan = createPlan({ year: 2026 })
    expect((await api['plan:save'](chosen(), plan)).ok).toBe(true)

    // A new session (restart): the recent list still lets the clerk open it again.
    const restarted = appHandlers(dir, {}, new PathGrants())
    expect((await restarted['plan:open'](chosen())).ok).toBe(true)
    expect((await restarted['plan:open'](other())).ok).toBe(false)
  })

  it('a file or folder picked for reading cannot be written, nor a file next to it', async () => {
    const folder = path.join(dir, 'KH 2024')
    fs.mkdirSync(folder)
    planFile(`${folder}.kehoach`)
    const before = fs.readFileSync(`${folder}.kehoach`, 'utf8')
    const picks = appHandlers(dir, { folder, docx: path.join(dir, 'nguồn.docx') }, new PathGrants())
    expect(await picks['dialog:pickOpen']('folder')).toBe(folder)
    const plan = createPlan({ year: 2025 })
    // Main would add .kehoach / .thuvien: those files were never chosen.
    expect(await picks['plan:save'](folder, plan)).toMatchObject({ ok: false })
    expect(await picks['library:export'](folder, [])).toMatchObject({ ok: false })
    expect(fs.readFileSync(`${folder}.kehoach`, 'utf8')).toBe(before)
    expect(fs.existsSync(`${folder}.thuvien`)).toBe(false)
    // A Word file picked to import it is not an export target.
    fs.writeFileSync(path.join(dir, 'nguồn.docx'), 'gốc')
    expect(await picks['dialog:pickOpen']('docx')).toBe(path.join(dir, 'nguồn.docx'))
    expect(await picks['export:docx'](path.join(dir, 'nguồn.docx'), plan, true)).toMatchObject({
      ok: false,
    })
    expect(fs.readFileSync(path.join(dir, 'nguồn.docx'), 'utf8')).toBe('gốc')
  })

  it('a save dialog answer without the extension allows exactly the file main writes', async () => {
    const bare = path.join(dir, 'xuất-không-đuôi')
    const noExtension = appHandlers(dir, { docx: bare }, new PathGrants())
    const target = await noExtension['dialog:pickSave']('docx', 'KH.docx')
    const exported = await noExtension['export:docx'](target!, createPlan({ year: 2025 }), true)
    expect(exported).toMatchObject({ ok: true, value: { path: `${bare}.docx` } })
  })

  it('exports to the path the save dialog gave', async () => {
    const target = await api['dialog:pickSave']('docx', 'KH.docx')
    const exported = await api['export:docx'](target!, createPlan({ year: 2025 }), true)
    expect(exported.ok).toBe(true)
    expect(fs.existsSync(path.join(dir, 'xuất.docx'))).toBe(true)
  })

  it('a command-line file is granted by main, and autosave only remembers chosen files', async () => {
    grants.grant(other(), 'read')
    expect((await api['plan:open'](other())).ok).toBe(true)
    const plan = createPlan({ year: 2025 })
    expect(
      (await api['autosave:write']('s1', { path: path.join(dir, 'lạ.kehoach') }, plan)).ok
    ).toBe(true)
    expect((await api['autosave:list']()).find(e => e.id === 's1')?.path).toBeUndefined()
    expect((await api['autosave:write']('s2', { path: other() }, plan)).ok).toBe(true)
    expect((await api['autosave:list']()).find(e => e.id === 's2')?.path).toBe(other())
  })
})
