import type { BuildOptions } from 'esbuild'

/**
 * esbuild options shared by every Electron bundle (main, preload, import worker), CommonJS for
 * Node 22. `import.meta.url` is mapped to the bundle's own file URL.
 *
 * External: `electron` (provided by the runtime), `better-sqlite3` (a native module, shipped
 * unpacked) and `pg-native`, the optional libpq binding of `pg` that the app never uses: `pg`
 * itself is bundled and talks the PostgreSQL protocol in JavaScript, and only requires
 * `pg-native` if asked for `pg.native`.
 */
export const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron', 'better-sqlite3', 'pg-native'],
  logLevel: 'info',
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
} as const satisfies BuildOptions
