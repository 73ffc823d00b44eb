import fs from 'node:fs'
import path from 'node:path'
import type { CDPSession } from 'playwright-core'

/** A CPU profile as returned by the CDP `Profiler.stop` command (the fields used here). */
type CpuProfile = {
  readonly nodes: readonly {
    readonly id: number
    readonly callFrame: {
      readonly functionName: string
      readonly url: string
      readonly lineNumber: number
      readonly columnNumber: number
    }
    readonly children?: readonly number[]
  }[]
  readonly samples?: readonly number[]
  readonly timeDeltas?: readonly number[]
}

/** A source position mapper: generated bundle position → original `source:line name`. */
type Mapper = (url: string, line: number, column: number, fallbackName: string) => string

/** One row of a profile summary, in milliseconds. */
export type ProfileRow = { readonly key: string; readonly selfMs: number; readonly totalMs: number }

/** Starts the CDP sampling profiler (fine 100 µs interval). */
export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
}

/**
 * Stops the profiler and summarises where the time went: self and total (inclusive) time per
 * function, with bundle positions mapped back to the original sources through the build's source
 * maps in `assetsDir` (dist/renderer/assets), and self time per original source file.
 */
export async function stopProfile(
  cdp: CDPSession,
  assetsDir: string
): Promise<{ functions: ProfileRow[]; files: ProfileRow[] }> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
  const map = await sourceMapper(assetsDir)
  const byId = new Map(profile.nodes.map(n => [n.id, n]))
  const parent = new Map<number, number>()
  profile.nodes.forEach(n => n.children?.forEach(c => parent.set(c, n.id)))
  const keyOf = new Map<number, { fn: string; file: string }>()
  for (const n of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = n.callFrame
    const fn = url
      ? map(url, lineNumber, columnNumber, functionName)
      : `(${functionName || 'anonymous'})`
    keyOf.set(n.id, { fn, file: fn.replace(/:\d+ .*$/, '').replace(/^\(.*\)$/, fn) })
  }
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  const fileSelf = new Map<string, number>()
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v)
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  for (let i = 0; i < samples.length; i += 1) {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000
    const id = samples[i] as number
    const key = keyOf.get(id)
    if (!key) {
      continue
    }
    add(self, key.fn, ms)
    add(fileSelf, key.file, ms)
    const seen = new Set<string>()
    for (let at: number | undefined = id, depth = 0; at !== undefined && depth < 500; depth += 1) {
      const k = keyOf.get(at)?.fn
      if (k && !seen.has(k)) {
        seen.add(k)
        add(total, k, ms)
      }
      at = byId.has(at) ? parent.get(at) : undefined
    }
  }
  const rows = (m: Map<string, number>, withTotal: boolean): ProfileRow[] =>
    [...m.entries()]
      .map(([key, ms]) => ({ key, selfMs: ms, totalMs: withTotal ? (total.get(key) ?? 0) : ms }))
      .sort((a, b) => b.selfMs - a.selfMs)
  return { functions: rows(self, true), files: rows(fileSelf, false) }
}

/** Prints the top rows of a profile summary to stderr. */
export function printProfile(
  title: string,
  summary: { functions: ProfileRow[]; files: ProfileRow[] },
  top = 25
): void {
  const fmt = (n: number) => n.toFixed(1).padStart(8)
  console.error(`\n[profile] ${title}: self time by original source file`)
  summary.files.slice(0, 12).forEach(r => console.error(`${fmt(r.selfMs)} ms  ${r.key}`))
  console.error(`[profile] ${title}: functions by self time (self / total ms)`)
  summary.functions
    .slice(0, top)
    .forEach(r => console.error(`${fmt(r.selfMs)} ${fmt(r.totalMs)}  ${r.key}`))
  const inclusive = [...summary.functions]
    .filter(r => /renderer\//.test(r.key))
    .sort((a, b) => b.totalMs - a.totalMs)
  console.error(`[profile] ${title}: app functions (renderer/) by total time (self / total ms)`)
  inclusive
    .slice(0, top)
    .forEach(r => console.error(`${fmt(r.selfMs)} ${fmt(r.totalMs)}  ${r.key}`))
}

type Consumer = {
  originalPositionFor: (p: { line: number; column: number }) => {
    source: string | null
    line: number | null
    name: string | null
  }
  sourceContentFor: (source: string, nullOnMissing: true) => string | null
}

async function sourceMapper(assetsDir: string): Promise<Mapper> {
  const consumers = new Map<string, Consumer>()
  const lines = new Map<string, string[]>()
  try {
    const { SourceMapConsumer } = await import('source-map-js')
    for (const file of fs.readdirSync(assetsDir).filter(f => f.endsWith('.js.map'))) {
      const raw = JSON.parse(
        fs.readFileSync(path.join(assetsDir, file), 'utf8')
      ) as ConstructorParameters<typeof SourceMapConsumer>[0]
      consumers.set(file.replace(/\.map$/, ''), new SourceMapConsumer(raw) as unknown as Consumer)
    }
  } catch (error) {
    console.error(`[profile] source maps unavailable (${String(error)}); showing bundle positions`)
  }
  // The original name of the function starting on a source line (minified names say nothing).
  const nameAt = (consumer: Consumer, source: string, line: number): string | undefined => {
    let text = lines.get(source)
    if (!text) {
      text = (consumer.sourceContentFor(source, true) ?? '').split('\n')
      lines.set(source, text)
    }
    const at = text[line - 1] ?? ''
    return (
      /function\*?\s+([\w$]+)/.exec(at)?.[1] ??
      /([\w$]+)\s*[:=]\s*(?:async\s*)?(?:function|\(|[\w$]+\s*=>)/.exec(at)?.[1]
    )
  }
  return (url, line, column, fallbackName) => {
    const base = url.split('/').pop() ?? url
    const consumer = consumers.get(base)
    if (!consumer) {
      return `${base}:${line + 1} ${fallbackName || '(anonymous)'}`
    }
    const pos = consumer.originalPositionFor({ line: line + 1, column })
    if (!pos.source) {
      return `${base}:${line + 1} ${fallbackName || '(anonymous)'}`
    }
    const source = pos.source
      .replace(/^(\.\.\/)+/, '')
      .replace(/^.*node_modules\//, 'node_modules/')
    const name =
      nameAt(consumer, pos.source, pos.line ?? 0) ?? pos.name ?? fallbackName ?? '(anonymous)'
    return `${source}:${pos.line ?? 0} ${name}`
  }
}
