import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { PathGrants } from '../../../../electron/main/files/path-grants'
import { createHandlers } from '../../../../electron/main/ipc/handlers'
import type { Api } from '../../../../shared/ipc/contract'
import { createPlan } from '../../../../shared/model/create-plan'
import type { Plan } from '../../../../shared/model/types'
import { contractClient } from '../../ipc/contract-client'

const root = path.resolve(import.meta.dirname, '..', '..', '..', '..')

/** The app's handlers over the contract's policy, the open dialog answering `picked`. */
function appApi(dir: string, picked: string): Api {
  const dataDir = path.join(dir, 'data')
  fs.mkdirSync(dataDir, { recursive: true })
  return contractClient(
    createHandlers({
      version: 'test',
      dataDir,
      documentsDir: dir,
      resourcesDir: path.join(root, 'resources'),
      harness: false,
      grants: new PathGrants(),
      pickOpen: async () => picked,
      pickSave: async () => picked,
      showInFolder: async () => undefined,
      closeWindow: async () => undefined,
    })
  )
}

const withSubject = (plan: Plan, subject: string): Plan => ({ ...plan, subject })

describe('versions over the contract', () => {
  let dir: string
  let chosen: string
  let api: Api

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-versions-api-'))
    chosen = path.join(dir, 'Kế hoạch CCHC.kehoach')
    api = appApi(dir, chosen)
  })

  it('every save of a chosen plan is listed and read back; other plans are refused', async () => {
    const plan = createPlan({ year: 2026 })
    expect(await api['dialog:pickSave']('plan', 'x')).toBe(chosen)
    for (const subject of ['Một', 'Hai', 'Ba']) {
      expect((await api['plan:save'](chosen, withSubject(plan, subject))).ok).toBe(true)
    }
    const list = await api['versions:list'](chosen)
    const versions = list.ok ? list.value.versions : []
    expect(versions.map(v => v.summary)).toEqual([
      'sửa trích yếu',
      'sửa trích yếu',
      expect.stringMatching(/^Bản đầu tiên/),
    ])
    const oldest = await api['versions:read'](chosen, versions[2]!.id)
    expect(oldest.ok && oldest.value.plan.subject).toBe('Một')

    const other = path.join(dir, 'khác.kehoach')
    fs.copyFileSync(chosen, other)
    expect(await api['versions:list'](other)).toMatchObject({
      ok: false,
      error: { code: 'file.not-chosen' },
    })
    expect(await api['versions:read'](other, versions[0]!.id)).toMatchObject({ ok: false })
  })

  it('a plan opened in a new session lists the versions its earlier saves kept', async () => {
    await api['dialog:pickSave']('plan', 'x')
    await api['plan:save'](chosen, createPlan({ year: 2026 }))
    const next = appApi(dir, chosen)
    expect(await next['versions:list'](chosen)).toMatchObject({ ok: false })
    expect((await next['plan:open'](chosen)).ok).toBe(true)
    const list = await next['versions:list'](chosen)
    expect(list.ok && list.value.versions).toHaveLength(1)
  })

  it('a save succeeds even when no version can be kept', async () => {
    const blocked = path.join(dir, 'data', 'versions')
    fs.writeFileSync(blocked, 'a file where the versions folder goes')
    await api['dialog:pickSave']('plan', 'x')
    const saved = await api['plan:save'](chosen, withSubject(createPlan({ year: 2026 }), 'Lưu'))
    expect(saved.ok).toBe(true)
    expect(fs.readFileSync(chosen, 'utf8')).toContain('"subject": "Lưu"')
    expect(await api['versions:list'](chosen)).toEqual({
      ok: true,
      value: { versions: [], damaged: 0 },
    })
  })
})
