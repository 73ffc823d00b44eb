import type { CDPSession } from 'playwright-core'

/** A Chrome trace event (the fields used here). */
type TraceEvent = {
  readonly name: string
  readonly ph: string
  readonly dur?: number
  readonly tid: number
  readonly pid: number
  readonly args?: { readonly data?: { readonly type?: string } }
}

/** Starts a devtools-timeline trace (style, layout, paint, event dispatch, script). */
export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'blink',
        'v8.execute',
        'disabled-by-default-devtools.timeline',
      ],
    },
  } as never)
}

/**
 * Stops the trace and returns the total time per event name (complete events, on the busiest
 * thread, i.e. the renderer's main thread), divided by `perKey` so that figures are per keystroke.
 */
export async function stopTrace(cdp: CDPSession, perKey: number): Promise<string[]> {
  const events: TraceEvent[] = []
  const onData = (payload: { value: TraceEvent[] }) => events.push(...payload.value)
  cdp.on('Tracing.dataCollected', onData as never)
  const done = new Promise<void>(resolve => cdp.once('Tracing.tracingComplete', () => resolve()))
  await cdp.send('Tracing.end')
  await done
  cdp.off('Tracing.dataCollected', onData as never)
  const busy = new Map<string, number>()
  for (const e of events) {
    if (e.ph === 'X' && e.dur) {
      const k = `${e.pid}:${e.tid}`
      busy.set(k, (busy.get(k) ?? 0) + e.dur)
    }
  }
  const main = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  const byName = new Map<string, number>()
  for (const e of events) {
    if (e.ph === 'X' && e.dur && `${e.pid}:${e.tid}` === main) {
      const name =
        e.name === 'EventDispatch' ? `EventDispatch(${e.args?.data?.type ?? '?'})` : e.name
      byName.set(name, (byName.get(name) ?? 0) + e.dur / 1000)
    }
  }
  return [...byName.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([name, ms]) => `${(ms / perKey).toFixed(2).padStart(8)} ms/key  ${name}`)
}
