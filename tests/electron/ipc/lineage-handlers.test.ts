import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHandlers } from '../../../electron/main/ipc/handlers'
import { agencyMapPath } from '../../../electron/main/files/lineage-rules'

const root = path.resolve(import.meta.dirname, '..', '..', '..')

function handlersIn(dataDir: string) {
  const library = {} as Parameters<typeof createHandlers>[1]
  return createHandlers(
    {
      version: 'test',
      dataDir,
      documentsDir: dataDir,
      resourcesDir: path.join(root, 'resources'),
      harness: true,
      pickOpen: async () => undefined,
      pickSave: async () => undefined,
      showInFolder: async () => undefined,
      closeWindow: async () => undefined,
    },
    library
  ).handlers
}

describe('lineage:rules', () => {
  it('gives the level words and the agency map, copied to the data folder for editing', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-lineage-'))
    const rules = await handlersIn(dataDir)['lineage:rules']('huyen')
    expect(rules.agencies).toContainEqual({ from: 'Sở Nội vụ', to: 'Phòng Nội vụ' })
    expect(rules.levelWords.rewrite.length).toBeGreaterThan(0)
    expect(fs.existsSync(agencyMapPath(dataDir))).toBe(true)
  })

  it("uses the clerk's edited agency map", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-lineage-'))
    fs.mkdirSync(path.dirname(agencyMapPath(dataDir)), { recursive: true })
    const xa = [{ from: 'Sở Nội vụ', to: 'Công chức Văn phòng - Thống kê' }]
    const edited = { levels: { huyen: [], xa } }
    fs.writeFileSync(agencyMapPath(dataDir), JSON.stringify(edited))
    const rules = await handlersIn(dataDir)['lineage:rules']('xa')
    expect(rules.agencies).toEqual(edited.levels.xa)
  })
})
