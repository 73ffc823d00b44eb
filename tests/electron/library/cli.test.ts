import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { libraryCommand } from '../../../electron/cli/commands/library'
import { serialisePlan } from '../../../shared/model/serialise'
import { samplePlan } from '../../shared/library/fixtures'
import { tempDir } from './helpers'

/** The printed JSON, loosely typed: the tests read only what they check. */
type Printed = {
  ok?: boolean
  added: number
  count?: number
  results: { snippet: string }[]
}

async function run(args: string[], dataDir: string): Promise<{ code: number; out: Printed }> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    const code = await libraryCommand(args, dataDir)
    const printed = log.mock.calls.map(call => String(call[0])).join('\n')
    return { code, out: (printed ? JSON.parse(printed) : {}) as Printed }
  } finally {
    log.mockRestore()
    error.mockRestore()
  }
}

afterEach(() => vi.restoreAllMocks())

describe('library CLI', () => {
  it('adds a plan file, searches, exports and imports', async () => {
    const work = tempDir()
    const planFile = path.join(work, 'mau.kehoach')
    fs.writeFileSync(planFile, serialisePlan(samplePlan()))
    const data = path.join(work, 'data')

    const added = await run(['add', planFile], data)
    expect(added.code).toBe(0)
    expect(added.out).toMatchObject({ ok: true, skipped: 0 })
    expect(added.out.added).toBeGreaterThan(10)
    expect(fs.existsSync(path.join(data, 'library.db.bak'))).toBe(true)

    const found = await run(['search', 'giay chung nhan', '--limit', '5'], data)
    expect(found.code).toBe(0)
    expect(found.out.results[0]).toMatchObject({
      kind: 'item',
      source: { file: 'mau.kehoach', year: 2020 },
      tags: { papi: 'P5.3' },
    })
    expect(found.out.results[0]?.snippet).toContain('«giấy» «chứng» «nhận»')

    const exportFile = path.join(work, 'thu-vien.json')
    expect((await run(['export', exportFile], data)).out).toMatchObject({
      ok: true,
      clauses: added.out.added,
    })
    const other = path.join(work, 'other')
    expect((await run(['import', exportFile], other)).out).toMatchObject({
      ok: true,
      added: added.out.added,
      skipped: 0,
    })
    expect((await run(['import', exportFile], other)).out).toMatchObject({ ok: true, added: 0 })
  })

  it('reports bad input as JSON or usage', async () => {
    const data = tempDir()
    expect((await run(['import', path.join(data, 'missing.json')], data)).code).toBe(1)
    expect((await run(['add', path.join(data, 'missing.kehoach')], data)).out).toMatchObject({
      ok: false,
    })
    expect((await run(['search', 'x', '--limit', 'abc'], data)).code).toBe(2)
    expect((await run(['search', 'x', '--kind', 'bogus'], data)).code).toBe(2)
    expect((await run(['frobnicate'], data)).code).toBe(2)
    expect(await run(['search', '"NEAR(*'], data)).toMatchObject({ code: 0, out: { count: 0 } })
  })

  it('imports only a regular library file within the size limit (a folder or a device is refused)', async () => {
    const data = tempDir()
    const refused = await run(['import', data], data)
    expect(refused.code).toBe(1)
    expect(JSON.stringify(refused.out)).toContain('đây là một thư mục')
    if (fs.existsSync('/dev/zero')) {
      // /dev/zero never ends: an unbounded read would grow until memory runs out.
      const device = await run(['import', '/dev/zero'], data)
      expect(device).toMatchObject({ code: 1, out: { ok: false } })
    }
  })
})
