import { clampZoom, type ZoomChoice } from './zoom'

/** What the window remembers across restarts: the side pane's state and the zoom choice. */
export type ViewSettings = {
  readonly sideCollapsed: boolean
  readonly zoom: ZoomChoice
}

/** The settings of a first start: side pane shown, automatic zoom. */
export const DEFAULT_VIEW: ViewSettings = { sideCollapsed: false, zoom: { kind: 'auto' } }

/**
 * Where they are kept: the window's localStorage, which Electron keeps in the data folder for the
 * app:// origin (a standard, secure scheme) and the harness keeps per browser profile.
 */
const KEY = 'skh.view.v1'

/** Reads the remembered settings; anything missing or malformed falls back to the defaults. */
export function loadViewSettings(storage: Pick<Storage, 'getItem'> | undefined): ViewSettings {
  let raw: unknown
  try {
    raw = JSON.parse(storage?.getItem(KEY) ?? 'null')
  } catch {
    return DEFAULT_VIEW
  }
  if (typeof raw !== 'object' || raw === null) {
    return DEFAULT_VIEW
  }
  const record = raw as Record<string, unknown>
  return {
    sideCollapsed: record.sideCollapsed === true,
    zoom: readZoom(record.zoom),
  }
}

function readZoom(raw: unknown): ZoomChoice {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  if (record.kind === 'fit') {
    return { kind: 'fit' }
  }
  if (
    record.kind === 'fixed' &&
    typeof record.factor === 'number' &&
    Number.isFinite(record.factor)
  ) {
    return { kind: 'fixed', factor: clampZoom(record.factor) }
  }
  return { kind: 'auto' }
}

/** Remembers the settings; a full or refused storage only loses the memory, never the window. */
export function saveViewSettings(
  storage: Pick<Storage, 'setItem'> | undefined,
  settings: ViewSettings
): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings))
  } catch {
    // Nothing to do: the next start uses the defaults.
  }
}
