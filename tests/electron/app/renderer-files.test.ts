import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  appFileResponse,
  CSP,
  isAppUrl,
  resolveRendererFile,
} from '../../../electron/main/app/renderer-files'

let root: string
let outside: string

beforeAll(() => {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-app-protocol-'))
  root = path.join(top, 'Soạn Kế hoạch', 'renderer')
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><html lang="vi"></html>')
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'export {}')
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}')
  outside = path.join(top, 'secret.txt')
  fs.writeFileSync(outside, 'secret')
})

const get = (url: string, method = 'GET') => appFileResponse(root, new Request(url, { method }))

describe('app:// protocol', () => {
  it('serves index.html and module scripts with their types and the CSP header', async () => {
    const page = await get('app://bundle/index.html')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CSP)
    expect(await page.text()).toContain('lang="vi"')
    const script = await get('app://bundle/assets/index-abc.js')
    // A module script with any other type is refused by Chromium.
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('x-content-type-options')).toBe('nosniff')
    expect((await get('app://bundle/assets/index-abc.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8'
    )
  })

  it('serves index.html for the bare origin', async () => {
    expect((await get('app://bundle/')).status).toBe(200)
  })

  it.each([
    'app://bundle/../secret.txt',
    'app://bundle/..%2fsecret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/assets/..%2f..%2fsecret.txt',
    'app://bundle/%E0%A4%A', // malformed percent-encoding
    'app://bundle/assets', // a folder
    'app://bundle/missing.js',
    'app://other/index.html', // another host of the scheme
  ])('answers 404 for %s', async url => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('secret')
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405)
    const head = await get('app://bundle/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('resolves only regular files inside the renderer folder', () => {
    expect(resolveRendererFile(root, '/index.html')).toBe(path.join(root, 'index.html'))
    expect(resolveRendererFile(root, '/../secret.txt')).toBeUndefined()
    expect(resolveRendererFile(root, outside)).toBeUndefined()
  })

  it('trusts only pages of the app:// origin as senders', () => {
    expect(isAppUrl('app://bundle/index.html')).toBe(true)
    expect(isAppUrl('app://bundle/assets/x.js')).toBe(true)
    expect(isAppUrl('app://evil/index.html')).toBe(false)
    expect(isAppUrl(`file://${path.join(root, 'index.html')}`)).toBe(false)
    expect(isAppUrl('http://127.0.0.1:5179/')).toBe(false)
    expect(isAppUrl('https://bundle/')).toBe(false)
    expect(isAppUrl('not a url')).toBe(false)
  })
})
