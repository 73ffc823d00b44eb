import { build } from 'esbuild'
import { BUNDLE_OPTIONS } from './bundle-options'

/**
 * Bundles the Electron main process, the preload script and the Word-import worker into
 * dist/electron (CommonJS), with the options in bundle-options.ts.
 */
async function main(): Promise<void> {
  const common = BUNDLE_OPTIONS
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
