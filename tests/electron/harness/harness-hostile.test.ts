import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DocumentsGrants } from '../../../electron/harness/documents-grants'
import { startHarness } from '../../../electron/harness/server'
import { createHandlers } from '../../../electron/main/ipc/handlers'
import { importDocxPooled, IMPORT_POOL_SIZE } from '../../../electron/main/import/worker-pool'
import { createPlan } from '../../../shared/model/create-plan'

const root = path.resolve(import.meta.dirname, '..', '..', '..')
const MAX_BODY = 64 * 1024
let server: http.Server
let base: string
let host: string
let dataDir: string
let docs: string
let outside: string

beforeAll(async () => {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-hostile-'))
  dataDir = path.join(top, 'data')
  docs = path.join(dataDir, 'docs')
  outside = path.join(top, 'outside')
  fs.mkdirSync(docs, { recursive: true })
  fs.mkdirSync(outside)
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-static-'))
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html lang="vi"></html>')
  const endpoint = createHandlers({
    version: 'test',
    dataDir,
    documentsDir: docs,
    resourcesDir: path.join(root, 'resources'),
    harness: true,
    grants: new DocumentsGrants(docs),
    pickOpen: async () => undefined,
    pickSave: async () => undefined,
    showInFolder: async () => undefined,
    closeWindow: async () => undefined,
  })
  server = await startHarness({
    endpoint,
    staticDir,
    port: 0,
    documentsDir: docs,
    maxBodyBytes: MAX_BODY,
  })
  const address = server.address()
  host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  base = `http://${host}`
})

afterAll(() => {
  server.close()
})

type Answer = { status: number; body: { value?: unknown; error?: string } }

async function call(channel: string, args: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof args === 'string' ? args : JSON.stringify(args),
  })
  return { status: response.status, body: (await response.json()) as Answer['body'] }
}

/** A file of `size` bytes that takes no disk space. */
function sparse(file: string, size: number): string {
  const fd = fs.openSync(file, 'w')
  fs.ftruncateSync(fd, size)
  fs.closeSync(fd)
  return file
}

describe('harness under hostile requests', () => {
  it.runIf(process.platform !== 'win32')('refuses a FIFO quickly on every read path', async () => {
    const fifo = path.join(docs, 'pipe.kehoach')
    execFileSync('mkfifo', [fifo])
    for (const name of ['pipe.kehoach', 'pipe.docx', 'pipe.thuvien']) {
      if (name !== 'pipe.kehoach') {
        fs.symlinkSync(fifo, path.join(docs, name))
      }
    }
    const started = Date.now()
    for (const [channel, file] of [
      ['plan:open', 'pipe.kehoach'],
      ['import:docx', 'pipe.docx'],
      ['library:import', 'pipe.thuvien'],
    ] as const) {
      const answer = await call(channel, [path.join(docs, file)])
      expect(answer.body.value).toMatchObject({ ok: false, error: { code: 'file.not-regular' } })
    }
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it.runIf(fs.existsSync('/dev/zero'))('refuses /dev/zero, granted or not', async () => {
    fs.symlinkSync('/dev/zero', path.join(docs, 'zero.kehoach'))
    const linked = await call('plan:open', [path.join(docs, 'zero.kehoach')])
    expect(linked.body.value).toMatchObject({ ok: false })
    const direct = await call('plan:open', ['/dev/zero'])
    expect(direct.body.value).toMatchObject({ ok: false, error: { code: 'file.not-chosen' } })
  })

  it.each([
    ['plan:open', 'big.kehoach', 51],
    ['import:docx', 'big.docx', 101],
    ['library:import', 'big.thuvien', 51],
  ])('refuses an oversize file on %s with a Vietnamese message', async (channel, name, mb) => {
    const file = sparse(path.join(docs, name), mb * 1024 * 1024)
    const answer = await call(channel, [file])
    expect(answer.body.value).toMatchObject({ ok: false, error: { code: 'file.too-large' } })
    expect(JSON.stringify(answer.body.value)).toMatch(/quá lớn/)
  })

  it('refuses writes outside the documents folder on every writing channel', async () => {
    const plan = createPlan()
    const targets = [
      path.join(docs, '..', '..', 'outside', 'a'),
      path.join(outside, 'b'),
      '../../../../../../../../' + path.join(outside, 'c').slice(1),
    ]
    for (const target of targets) {
      const answers = [
        await call('plan:save', [target, plan]),
        await call('export:docx', [target, plan, true]),
        await call('library:export', [target]),
      ]
      for (const answer of answers) {
        expect(answer.body.value).toMatchObject({ ok: false, error: { code: 'file.not-chosen' } })
      }
    }
    expect(fs.readdirSync(outside)).toEqual([])
    expect(fs.readdirSync(path.dirname(dataDir)).sort()).toEqual(['data', 'outside'])
  })

  it('refuses a symbolic link in the documents folder that points outside', async () => {
    fs.symlinkSync(outside, path.join(docs, 'link'))
    const answer = await call('plan:save', [path.join(docs, 'link', 'x'), createPlan()])
    expect(answer.body.value).toMatchObject({ ok: false, error: { code: 'file.not-chosen' } })
    expect(fs.readdirSync(outside)).toEqual([])
  })

  it('still saves and reopens inside the documents folder', async () => {
    const file = path.join(docs, 'ok.kehoach')
    expect((await call('plan:save', [file, createPlan()])).body.value).toMatchObject({ ok: true })
    expect((await call('plan:open', [file])).body.value).toMatchObject({ ok: true })
  })

  it('refuses a request from another origin with 403, accepts its own', async () => {
    const bad = await call('app:info', [], { origin: 'http://evil.example' })
    expect(bad.status).toBe(403)
    const good = await call('app:info', [], { origin: `http://${host}` })
    expect(good.status).toBe(200)
  })

  it('answers 413 with a Vietnamese error above the body limit', async () => {
    const answer = await call('export:preflight', JSON.stringify(['x'.repeat(MAX_BODY * 4)]))
    expect(answer.status).toBe(413)
    expect(answer.body.error).toMatch(/quá lớn/)
  })

  it('answers 400 to a plan nested 20,000 levels deep', async () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000)
    const answer = await call('export:preflight', `[{"sections":${deep}}]`)
    expect(answer.status).toBe(400)
  })

  it(`never runs more than ${IMPORT_POOL_SIZE} Word imports at once`, async () => {
    const files = Array.from({ length: 6 }, (_, i) => {
      const file = path.join(docs, `bad${i}.docx`)
      fs.writeFileSync(file, new Uint8Array([0x50, 0x4b, 3, 4]))
      return file
    })
    const answers = await Promise.all(files.map(file => call('import:docx', [file])))
    for (const answer of answers) {
      expect(answer.body.value).toMatchObject({ ok: false })
    }
    expect(importDocxPooled.stats().peak).toBeLessThanOrEqual(IMPORT_POOL_SIZE)
    expect(importDocxPooled.stats()).toMatchObject({ active: 0, queued: 0 })
  }, 60_000)
})
