import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from 'react'
import { loadViewSettings, saveViewSettings, type ViewSettings } from './view-settings'
import {
  effectiveZoom,
  fitZoom,
  landscapeZoom,
  PORTRAIT_DESK_PX,
  zoomInFrom,
  zoomOutFrom,
  type ZoomChoice,
} from './zoom'

/** The window's view: zoom of the page and the side pane, with the commands that change them. */
export type View = {
  /** The page's zoom factor (1 = 100 %). */
  readonly zoom: number
  /** The factor a landscape appendix sheet is drawn at (never wider than the page area). */
  readonly landscape: number
  readonly choice: ZoomChoice
  readonly sideCollapsed: boolean
  readonly setZoom: (factor: number) => void
  readonly zoomIn: () => void
  readonly zoomOut: () => void
  readonly resetZoom: () => void
  readonly fitWidth: () => void
  readonly toggleSide: () => void
}

/** A Ctrl + wheel turn of this many pixels is one zoom step (one notch of a mouse wheel). */
const WHEEL_STEP = 100

/**
 * The zoom and side-pane state, remembered across restarts, with Ctrl + wheel on the window;
 * `element` is the page's scroll area, whose width the page is fitted to.
 */
export function useView(element: HTMLElement | null): View {
  const [settings, setSettings] = useState<ViewSettings>(() => loadViewSettings(storage()))
  const [available, setAvailable] = useState(0)
  useEffect(() => saveViewSettings(storage(), settings), [settings])

  useEffect(() => {
    if (!element) {
      return undefined
    }
    const measure = () => setAvailable(element.clientWidth)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [element])

  const fit = fitZoom(available, PORTRAIT_DESK_PX)
  const zoom = effectiveZoom(settings.zoom, fit)
  const landscape = landscapeZoom(zoom, available)
  useKeepScrollPosition(element, zoom)

  const setChoice = useCallback(
    (zoomChoice: ZoomChoice) => setSettings(s => ({ ...s, zoom: zoomChoice })),
    []
  )
  const zoomIn = useCallback(
    () => setChoice({ kind: 'fixed', factor: zoomInFrom(zoom) }),
    [setChoice, zoom]
  )
  const zoomOut = useCallback(
    () => setChoice({ kind: 'fixed', factor: zoomOutFrom(zoom) }),
    [setChoice, zoom]
  )
  useCtrlWheel(zoomIn, zoomOut)

  return useMemo<View>(
    () => ({
      zoom,
      landscape,
      choice: settings.zoom,
      sideCollapsed: settings.sideCollapsed,
      setZoom: factor => setChoice({ kind: 'fixed', factor }),
      zoomIn,
      zoomOut,
      resetZoom: () => setChoice({ kind: 'fixed', factor: 1 }),
      fitWidth: () => setChoice({ kind: 'fit' }),
      toggleSide: () => setSettings(s => ({ ...s, sideCollapsed: !s.sideCollapsed })),
    }),
    [landscape, setChoice, settings, zoom, zoomIn, zoomOut]
  )
}

function storage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

/** Ctrl + wheel anywhere in the window zooms the page (never the whole window, as a browser would). */
function useCtrlWheel(zoomIn: () => void, zoomOut: () => void): void {
  useEffect(() => {
    let turned = 0
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) {
        return
      }
      event.preventDefault()
      // A touchpad sends many small deltas; a mouse notch one large one.
      turned += event.deltaMode === WheelEvent.DOM_DELTA_PIXEL ? event.deltaY : event.deltaY * 40
      if (Math.abs(turned) >= WHEEL_STEP / 2) {
        if (turned < 0) {
          zoomIn()
        } else {
          zoomOut()
        }
        turned = 0
      }
    }
    window.addEventListener('wheel', onWheel, { passive: false })
    return () => window.removeEventListener('wheel', onWheel)
  }, [zoomIn, zoomOut])
}

/** After a zoom change the same part of the plan stays in view, as in Word. */
function useKeepScrollPosition(element: HTMLElement | null, zoom: number): void {
  const previous = useRef(zoom)
  useLayoutEffect(() => {
    if (element && previous.current !== zoom) {
      element.scrollTo(element.scrollLeft, (element.scrollTop * zoom) / previous.current)
    }
    previous.current = zoom
  }, [element, zoom])
}

/** The page area's style: the zoom factors its CSS reads (see view.css). */
export function pageZoomStyle(view: Pick<View, 'zoom' | 'landscape'>): CSSProperties {
  return {
    '--page-zoom': String(view.zoom),
    // Nested zooms multiply: the landscape sheet's own factor is relative to the page's.
    '--landscape-zoom': String(view.landscape / view.zoom),
    '--ui-zoom': String(1 / view.zoom),
  } as CSSProperties
}
