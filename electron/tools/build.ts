import { build } from 'esbuild'

/**
 * Bundles the Electron main process, the preload script and the Word-import worker into
 * dist/electron (CommonJS). `import.meta.url` is mapped to the bundle's own file URL.
 */
async function main(): Promise<void> {
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: 'node22',
    sourcemap: true,
    external: ['electron', 'better-sqlite3'],
    logLevel: 'info' as const,
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  }
  await build({
    ...common,
    entryPoints: ['electron/main/app/main.ts'],
    outfile: 'dist/electron/main.cjs',
  })
  await build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload.cjs',
  })
  // Word import runs in a worker thread; import-in-worker.ts loads this file beside main.cjs.
  await build({
    ...common,
    entryPoints: ['electron/main/import/import-worker.ts'],
    outfile: 'dist/electron/import-worker.cjs',
  })
}

void main()
