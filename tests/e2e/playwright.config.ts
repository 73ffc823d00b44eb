import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium'

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
    launchOptions: chromiumLaunchOptions,
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
