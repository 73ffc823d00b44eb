import fs from 'node:fs'
import path from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

/** Electron's binary is fetched on first launch; machines without it (no internet) skip these tests. */
function electronBinary(): string | undefined {
  const dist = path.resolve(import.meta.dirname, '..', '..', 'node_modules', 'electron', 'dist')
  const candidates = ['electron', 'electron.exe', 'Electron.app/Contents/MacOS/Electron'].map(
    name => path.join(dist, name)
  )
  return candidates.find(file => fs.existsSync(file))
}

const binary = electronBinary()
const built = fs.existsSync(
  path.resolve(import.meta.dirname, '..', '..', 'dist', 'electron', 'main.cjs')
)
const NO_BINARY =
  'Electron binary not downloaded on this machine (no internet): the Electron end-to-end tests need it; run `npm start` once where the binary can be fetched.'
const NOT_BUILT =
  'dist/electron is not built: run `npm run build:electron` (npm start does it) before the Electron tests.'
if (!binary || !built) {
  console.warn(`SKIPPED Electron end-to-end tests: ${binary ? NOT_BUILT : NO_BINARY}`)
}

test.describe('Electron shell', () => {
  test.skip(!binary, NO_BINARY)
  test.skip(!built, NOT_BUILT)

  test('opens one sandboxed window with the Vietnamese start screen and no network', async () => {
    const app = await electron.launch({
      args: ['.'],
      cwd: path.resolve(import.meta.dirname, '..', '..'),
    })
    const window = await app.firstWindow()
    await expect(window.getByTestId('start-screen')).toBeVisible()
    expect(
      await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)
    ).toBe('undefined')
    const blocked = await window.evaluate(async () => {
      try {
        await fetch('https://example.com/')
        return false
      } catch {
        return true
      }
    })
    expect(blocked).toBe(true)
    // Served from the app:// protocol with the CSP as a response header, not from file://.
    expect(await window.evaluate(() => location.origin)).toBe('app://bundle')
    const csp = await window.evaluate(async () =>
      (await fetch('/index.html')).headers.get('content-security-policy')
    )
    expect(csp).toContain("default-src 'self'")
    await app.close()
  })
})

test.describe('Electron file association', () => {
  test.skip(!binary, NO_BINARY)
  test.skip(!built, NOT_BUILT)

  test('a .kehoach named on the command line opens in the window', async () => {
    const root = path.resolve(import.meta.dirname, '..', '..')
    const sample = path.join(root, 'resources', 'samples', '002.kehoach')
    const app = await electron.launch({ args: ['.', sample], cwd: root })
    const window = await app.firstWindow()
    await expect(window.getByTestId('doc-title')).toHaveText('002.kehoach')
    await app.close()
  })
})

test.describe('Electron file channels', () => {
  test.skip(!binary, NO_BINARY)
  test.skip(!built, NOT_BUILT)

  test('the window cannot have main write a file the clerk did not choose', async () => {
    const root = path.resolve(import.meta.dirname, '..', '..')
    const target = path.join(root, 'test-results', 'not-chosen.kehoach')
    fs.rmSync(target, { force: true })
    const app = await electron.launch({ args: ['.'], cwd: root })
    const window = await app.firstWindow()
    const result = await window.evaluate(async file => {
      const api = (window as unknown as { api: Record<string, (...a: unknown[]) => unknown> }).api
      return api['plan:save']!(file, {})
    }, target)
    expect(result).toMatchObject({ ok: false, error: { code: 'file.not-chosen' } })
    expect(fs.existsSync(target)).toBe(false)
    await app.close()
  })
})
