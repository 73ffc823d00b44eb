import { execSync } from 'node:child_process'
import { createRequire } from 'node:module'

/**
 * `npm start` rebuilds better-sqlite3 for Electron's ABI; Node (tests, harness, CLI) then cannot
 * load it. This checks that the module loads in Node and rebuilds it for Node if it does not.
 */
function main(): void {
  const require = createRequire(import.meta.url)
  try {
    const Database = require('better-sqlite3') as new (file: string) => { close(): void }
    new Database(':memory:').close()
  } catch (error) {
    if (!String(error).includes('NODE_MODULE_VERSION')) {
      throw error
    }
    console.log('better-sqlite3 was built for Electron; rebuilding it for Node…')
    execSync('npm rebuild better-sqlite3', { stdio: 'inherit' })
  }
}

main()
