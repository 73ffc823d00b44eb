import fs from 'node:fs'
import path from 'node:path'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'

/**
 * The Windows installer cannot be built on these machines (electron-builder's Windows toolsets
 * cannot be downloaded), so its configuration is checked here against what the brief requires.
 */
const root = path.resolve(__dirname, '..', '..', '..')
const config = load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  directories: { buildResources: string }
  asarUnpack: string[]
  fileAssociations: { ext: string; name: string }[]
  win: { target: { target: string }[] }
  nsis: Record<string, unknown>
  publish: unknown
  files: string[]
  electronFuses: Record<string, boolean>
}

describe('electron-builder.yml', () => {
  it('builds a per-user NSIS installer that needs no administrator and never publishes', () => {
    expect(config.win.target.map(t => t.target)).toEqual(['nsis'])
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false })
    expect(config.publish).toBeNull()
  })

  it('opens .kehoach files with the app and unpacks the native module and the import worker', () => {
    expect(config.fileAssociations.map(a => a.ext)).toEqual(['kehoach'])
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['node_modules/better-sqlite3/**', 'dist/electron/import-worker.cjs'])
    )
  })

  it('has an application icon of at least 256×256 pixels (PNG) in the build resources', () => {
    const icon = fs.readFileSync(path.join(root, config.directories.buildResources, 'icon.png'))
    expect(icon.subarray(1, 4).toString('ascii')).toBe('PNG')
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(256)
    expect(icon.readUInt32BE(20)).toBeGreaterThanOrEqual(256)
  })

  it('packs every file the built app loads at run time', () => {
    const main = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      main: string
    }
    expect(main.main.startsWith('dist/electron/')).toBe(true)
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**']))
  })

  it('flips the Electron fuses: no Node runtime, no inspector, only the integrity-checked app.asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })
})

describe('the Electron main process source', () => {
  const source = (file: string) =>
    fs.readFileSync(path.join(root, 'electron', 'main', file), 'utf8')

  it('loads the renderer from app://bundle, never from file://, with DevTools only unpackaged', () => {
    const main = source('app/main.ts')
    expect(main).toContain('loadURL(`${APP_ORIGIN}/index.html`)')
    expect(main).not.toMatch(/loadFile\(/)
    expect(main).toContain('devTools: !app.isPackaged')
    expect(main).toContain('registerAppScheme()')
    expect(main).toContain('serveAppProtocol(rendererDir)')
  })

  it('uses no child process: with the runAsNode fuse off, fork() would not work', () => {
    const files = fs.readdirSync(path.join(root, 'electron', 'main'), { recursive: true })
    for (const file of files.map(String).filter(f => f.endsWith('.ts'))) {
      expect(source(file), file).not.toMatch(/node:child_process|from 'child_process'/)
    }
  })
})
