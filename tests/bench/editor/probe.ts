/**
 * The in-page latency probe, installed with `page.evaluate(PROBE_SCRIPT)` (a string, not a
 * function, so that the bundler's helpers never leak into the page; not a script tag, which the
 * app's Content-Security-Policy forbids).
 *
 * One record per typed character, timed with `performance.now()` from `start`:
 * - `start`: the time stamp of the `keydown` event (seen by a capture-phase listener on window),
 *   i.e. when the browser received the key, so a wait behind a busy main thread is counted;
 *   `lag` is how long after that the listener ran. Characters that are not on a US keyboard
 *   (ơ, ư, ệ …) are sent by Playwright as a bare text insertion with no `keydown`; their record
 *   starts at the `beforeinput` event instead (`source: 'beforeinput'`).
 * - `mutation`: the first MutationObserver callback (childList / characterData, subtree) on the
 *   observed root after `start`: the edited text is in the DOM. For a React-controlled textarea
 *   that is React's commit writing the value into the textarea's text content (`defaultValue`).
 * - `native`: false when the page cancelled `beforeinput` (Slate inserted the text itself).
 * - `frame`: the next `requestAnimationFrame` callback after the input was handled, i.e. after the
 *   window-level (last, bubble-phase) `input` listener, or the `beforeinput` listener when the page
 *   cancelled `beforeinput` and handled the text itself (Slate does for some insertions). All
 *   synchronous and microtask work of the handlers (React renders, layout effects, Slate's
 *   onChange) has run by then; the style/layout/paint of that frame has not.
 * - `painted`: a MessageChannel message posted from that rAF callback: the task after the frame,
 *   so it also covers that frame's style recalculation, layout and paint.
 */
export const PROBE_SCRIPT = `
(() => {
  if (window.__benchProbe) return
  const now = () => performance.now()
  let records = []
  let current = null
  let armed = false
  let observer = null
  const begin = (source, event) => {
    const t = now()
    // The event's own time stamp (same clock) also counts the wait while the main thread was busy.
    const start = event.timeStamp > 0 && event.timeStamp <= t ? event.timeStamp : t
    current = { source, start, lag: t - start, mutation: -1, frame: -1, painted: -1, framed: false, sawBeforeInput: false, native: true }
    records.push(current)
  }
  window.addEventListener('keydown', event => { if (armed) begin('keydown', event) }, true)
  window.addEventListener('beforeinput', event => {
    if (!armed) return
    // A text insertion without its own keydown (non-US character) starts its own record.
    if (!current || current.sawBeforeInput) begin('beforeinput', event)
    current.sawBeforeInput = true
  }, true)
  const handled = event => {
    const r = current
    if (event.type === 'beforeinput' && event.defaultPrevented && r) r.native = false
    if (!armed || !r || r.framed) return
    if (event.type === 'beforeinput' && !event.defaultPrevented) return
    r.framed = true
    requestAnimationFrame(() => {
      r.frame = now() - r.start
      const channel = new MessageChannel()
      channel.port1.onmessage = () => { r.painted = now() - r.start; channel.port1.close() }
      channel.port2.postMessage(0)
    })
  }
  window.addEventListener('beforeinput', handled)
  window.addEventListener('input', handled)
  window.__benchProbe = {
    observe(selector) {
      if (observer) observer.disconnect()
      const root = document.querySelector(selector)
      if (!root) throw new Error('probe: no element ' + selector)
      observer = new MutationObserver(() => {
        const r = current
        if (armed && r && r.mutation < 0) r.mutation = now() - r.start
      })
      observer.observe(root, { childList: true, characterData: true, subtree: true })
    },
    arm(on) { armed = on; current = null },
    take() {
      const out = records.map(r => ({ source: r.source, native: r.native, lag: r.lag, mutation: r.mutation, frame: r.frame, painted: r.painted }))
      records = []
      current = null
      return out
    },
  }
})()
`
