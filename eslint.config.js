// ESLint with type information; the zone rules keep shared/ pure and the renderer behind the contract.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'crypto',
  'url',
  'module',
  'worker_threads',
  'stream',
  'zlib',
]
const builtinPatterns = [...nodeBuiltins, ...nodeBuiltins.map(name => `node:${name}`)]
const uiPackages = ['react', 'react-dom', 'slate', 'slate-react']
/** `paths` entries of no-restricted-imports: every name with one message. */
const restrict = (names, message) => names.map(name => ({ name, message }))
const noRenderer = {
  group: ['**/renderer/**'],
  message: 'The renderer is reached only through the IPC contract, never imported.',
}

/** The renderer reaches main only through the contract: no Electron, SQLite or Node built-ins. */
const rendererRestrictions = {
  paths: ['electron', 'better-sqlite3', ...builtinPatterns].map(name => ({
    name,
    message: 'The renderer reaches main only through the IPC contract (renderer/services).',
  })),
  patterns: [
    {
      group: ['**/electron/**'],
      message: 'The renderer reaches main only through the IPC contract.',
    },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/require-await': 'off',
      eqeqeq: 'error',
      curly: 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'electron',
            'react',
            'react-dom',
            'slate-react',
            'better-sqlite3',
            ...builtinPatterns,
          ].map(name => ({
            name,
            message: 'shared/ is pure TypeScript: no Electron, Node built-ins, React or SQLite.',
          })),
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ depends on nothing outside shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', rendererRestrictions],
    },
  },
  {
    // Features get their services injected (renderer/workspace: useWorkspace), never the raw API.
    files: ['renderer/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: rendererRestrictions.paths,
          patterns: [
            ...rendererRestrictions.patterns,
            {
              group: ['**/services/api', '**/services/http-api', '**/services/confirm'],
              message:
                'Features get services injected (useWorkspace in renderer/workspace), not the raw API.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: restrict(uiPackages, 'electron/ has no UI code: that is the renderer.'),
          patterns: [noRenderer],
        },
      ],
    },
  },
  {
    // Main's domains run in plain Node too (the browser harness, the CLI, worker threads).
    files: ['electron/main/**/*.ts', 'electron/harness/**/*.ts', 'electron/cli/**/*.ts'],
    ignores: ['electron/main/app/**', 'electron/main/ipc/register-ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...restrict(uiPackages, 'electron/ has no UI code: that is the renderer.'),
            ...restrict(
              ['electron'],
              'Electron only in electron/main/app/, electron/main/ipc/register-ipc.ts and the preload: the rest also runs in the harness and the CLI.'
            ),
          ],
          patterns: [noRenderer],
        },
      ],
    },
  },
  {
    // The preload is one function per contract channel: it needs the channel names, nothing else.
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: restrict(
            [...uiPackages, 'better-sqlite3', ...builtinPatterns],
            'The sandboxed preload only forwards contract calls.'
          ),
          patterns: [
            noRenderer,
            { group: ['**/main/**'], message: 'The preload never imports main-process code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/preload/**', 'electron/main/ipc/register-ipc.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='ipcMain']",
          message: 'Raw ipcMain only in electron/main/ipc/register-ipc.ts.',
        },
        {
          selector: "ImportSpecifier[imported.name='ipcRenderer']",
          message: 'Raw ipcRenderer only in the preload.',
        },
      ],
    },
  },
  {
    files: ['renderer/vite.config.ts', 'tests/vitest.config.ts', 'tests/e2e/playwright.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  }
)
