import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness } from '../../../electron/harness/server'
import { CSP } from '../../../electron/main/app/renderer-files'
import { createHandlers } from '../../../electron/main/ipc/handlers'
import { createPlan } from '../../../shared/model/create-plan'

const root = path.resolve(import.meta.dirname, '..', '..', '..')
let server: http.Server
let base: string
let dataDir: string

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-harness-'))
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-static-'))
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html lang="vi"></html>')
  const endpoint = createHandlers({
    version: 'test',
    dataDir,
    documentsDir: dataDir,
    resourcesDir: path.join(root, 'resources'),
    harness: true,
    pickOpen: async () => undefined,
    pickSave: async () => undefined,
    showInFolder: async () => undefined,
    closeWindow: async () => undefined,
  })
  server = await startHarness({ endpoint, staticDir, port: 0, documentsDir: dataDir })
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})

afterAll(() => {
  server.close()
})

async function call(
  channel: string,
  args: unknown[]
): Promise<{ status: number; body: { value?: unknown; error?: string } }> {
  const response = await fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(args),
  })
  return {
    status: response.status,
    body: (await response.json()) as { value?: unknown; error?: string },
  }
}

describe('browser harness over HTTP', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = server.address()
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1')
  })

  it('saves and opens a plan through the same handlers, on disk', async () => {
    const file = path.join(dataDir, 'a.kehoach')
    const plan = { ...createPlan(), subject: 'Qua HTTP' }
    const saved = await call('plan:save', [file, plan])
    expect(saved.body.value).toMatchObject({ ok: true })
    expect(fs.existsSync(file)).toBe(true)
    const opened = await call('plan:open', [file])
    expect(opened.body.value).toMatchObject({ ok: true, value: { plan: { subject: 'Qua HTTP' } } })
    const recent = await call('recent:list', [])
    expect(recent.body.value).toMatchObject([{ path: file }])
  })

  it.each([
    ['an unknown channel', 'fs:readAnything', ['/etc/passwd']],
    ['wrong argument types', 'plan:open', [42]],
    ['missing arguments', 'plan:save', []],
    ['an autosave id that is a path', 'autosave:read', ['../../etc/passwd']],
    ['a bad sample id', 'samples:open', ['999']],
  ])('refuses %s with 400', async (_name, channel, args) => {
    const response = await call(channel, args)
    expect(response.status).toBe(400)
  })

  it('refuses calls made under another host name (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        `${base}/api/recent:list`,
        {
          method: 'POST',
          headers: { host: 'attacker.example:80', 'content-type': 'application/json' },
        },
        res => resolve(res.statusCode ?? 0)
      )
      req.on('error', reject)
      req.end('[]')
    })
    expect(status).toBe(403)
  })

  it('serves the renderer with the same CSP header as the app:// protocol', async () => {
    const response = await fetch(`${base}/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(CSP)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
  })

  it('does not serve files outside the renderer folder', async () => {
    const response = await fetch(`${base}/..%2f..%2fpackage.json`)
    expect(response.status).toBe(404)
  })

  it('lists the bundled samples', async () => {
    const response = await call('samples:list', [])
    expect((response.body.value as unknown[]).length).toBe(5)
  })
})
