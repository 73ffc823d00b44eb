/** How the page is zoomed: Word's choices, in plain numbers (1 = 100 %). */

/** The zoom the clerk chose: a fixed factor, "page width", or automatic (100 % unless too wide). */
export type ZoomChoice =
  | { readonly kind: 'auto' }
  | { readonly kind: 'fit' }
  | { readonly kind: 'fixed'; readonly factor: number }

/** The steps Ctrl+=, Ctrl+- and Ctrl + wheel move through, as in Word and Chromium. */
export const ZOOM_STEPS: readonly number[] = [
  0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3,
]

/** The smallest and largest zoom the box accepts. */
export const MIN_ZOOM = 0.25
export const MAX_ZOOM = 3

/** 1 mm in CSS px. */
const MM = 96 / 25.4

/** Width of the desk around a portrait A4 sheet at 100 %: 210 mm plus 10 mm padding each side. */
export const PORTRAIT_DESK_PX = 230 * MM

/** A factor inside the accepted range, rounded to a whole percent. */
export function clampZoom(factor: number): number {
  const clamped = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, factor))
  return Math.round(clamped * 100) / 100
}

/**
 * The zoom at which a desk `deskPx` wide fits `availablePx` without a sideways scrollbar, rounded
 * down to a whole percent (rounding up could overflow by a pixel).
 */
export function fitZoom(availablePx: number, deskPx: number): number {
  if (!(availablePx > 0)) {
    return 1
  }
  const factor = Math.floor((availablePx / deskPx) * 100) / 100
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, factor))
}

/** The zoom a choice gives when the page fits at `fit`: automatic is 100 % or less, never more. */
export function effectiveZoom(choice: ZoomChoice, fit: number): number {
  switch (choice.kind) {
    case 'auto':
      return Math.min(1, fit)
    case 'fit':
      return fit
    case 'fixed':
      return clampZoom(choice.factor)
  }
}

/** The next step above `current` (Ctrl+=, Ctrl + wheel up). */
export function zoomInFrom(current: number): number {
  return ZOOM_STEPS.find(step => step > current + 0.005) ?? MAX_ZOOM
}

/** The next step below `current` (Ctrl+-, Ctrl + wheel down). */
export function zoomOutFrom(current: number): number {
  return [...ZOOM_STEPS].reverse().find(step => step < current - 0.005) ?? MIN_ZOOM
}

/** A percentage typed in the zoom box ("75", "75 %", "75%"), or undefined if it is not one. */
export function parsePercent(text: string): number | undefined {
  const match = /^\s*(\d{1,3})(?:[.,]\d*)?\s*%?\s*$/.exec(text)
  if (!match) {
    return undefined
  }
  return clampZoom(Number(match[1]) / 100)
}

/** The zoom as the box shows it: "75 %". */
export function formatPercent(factor: number): string {
  return `${Math.round(factor * 100)} %`
}

/** The desk's padding on both sides together, in CSS px at 100 %. */
const DESK_PADDING_PX = 20 * MM

/** Width of a landscape sheet at 100 %. */
const LANDSCAPE_SHEET_PX = 297 * MM

/**
 * The zoom of a landscape appendix sheet: the page's zoom, but never wider than the window, so the
 * whole task table stays in view (like Word's page width for a landscape section). The desk's
 * padding around it is zoomed with the page, the sheet with its own factor.
 */
export function landscapeZoom(pageZoom: number, availablePx: number): number {
  if (!(availablePx > 0)) {
    return pageZoom
  }
  const fit =
    Math.floor(((availablePx - DESK_PADDING_PX * pageZoom) / LANDSCAPE_SHEET_PX) * 100) / 100
  return Math.max(MIN_ZOOM / 2, Math.min(pageZoom, fit))
}
