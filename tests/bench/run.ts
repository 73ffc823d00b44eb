/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` in its own child process (`npx tsx <file>`),
 * one after another, passing its output through. Each bench prints one JSON line per figure on
 * stdout (`{"name":…,"value":…,"unit":…}`) and its diagnostics on stderr. Figures are reported, never
 * asserted: the exit code is non-zero only when a bench process fails (crash, non-zero exit, signal).
 *
 * Optional arguments filter the benches by name: `npm run bench -- editor library`.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(benchDir, '..', '..')
/** A bench that runs longer than this is killed and counted as failed. */
const TIMEOUT_MS = 30 * 60 * 1000

/** The bench files to run, sorted by name, filtered by the command-line words if any. */
function benchFiles(filters: readonly string[]): string[] {
  return fs
    .readdirSync(benchDir)
    .filter(name => name.endsWith('.bench.ts'))
    .filter(name => filters.length === 0 || filters.some(f => name.includes(f)))
    .sort()
}

/** Runs one bench in a child process; resolves with its exit code (non-zero on signal or timeout). */
function runBench(file: string): Promise<number> {
  return new Promise(resolve => {
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
    const child = spawn(npx, ['tsx', path.join('tests', 'bench', file)], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      shell: process.platform === 'win32',
    })
    const timer = setTimeout(() => {
      console.error(`[bench] ${file}: timed out after ${TIMEOUT_MS / 60000} min, killing it`)
      child.kill('SIGTERM')
    }, TIMEOUT_MS)
    child.on('error', error => {
      clearTimeout(timer)
      console.error(`[bench] ${file}: could not start: ${String(error)}`)
      resolve(1)
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

async function main(): Promise<void> {
  const files = benchFiles(process.argv.slice(2))
  if (files.length === 0) {
    console.error('[bench] no tests/bench/*.bench.ts matched')
    process.exit(1)
  }
  const failed: string[] = []
  for (const file of files) {
    const start = Date.now()
    console.error(`[bench] ${file}: running`)
    const code = await runBench(file)
    const seconds = ((Date.now() - start) / 1000).toFixed(1)
    if (code === 0) {
      console.error(`[bench] ${file}: done in ${seconds} s`)
    } else {
      console.error(`[bench] ${file}: FAILED (exit ${code}) after ${seconds} s`)
      failed.push(file)
    }
  }
  if (failed.length > 0) {
    console.error(`[bench] failed: ${failed.join(', ')}`)
    process.exit(1)
  }
}

void main()
