import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { defineConfig } from '@playwright/test'

/** Debian's Chromium when installed (these machines), Playwright's own browser otherwise. */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(p =>
  fs.existsSync(p)
)
const port = Number(process.env.E2E_PORT ?? 5189)
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skh-e2e-'))

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.e2e\.ts$/,
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'vi-VN',
    actionTimeout: 10_000,
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  webServer: {
    command: `npx tsx electron/harness/main.ts`,
    cwd: path.resolve(import.meta.dirname, '..', '..'),
    url: `http://127.0.0.1:${port}`,
    env: { PORT: String(port), SKH_DATA_DIR: dataDir },
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
