import { describe, expect, it } from 'vitest'
import {
  clampZoom,
  effectiveZoom,
  fitZoom,
  formatPercent,
  landscapeZoom,
  parsePercent,
  PORTRAIT_DESK_PX,
  zoomInFrom,
  zoomOutFrom,
} from '../../../../renderer/app/view/zoom'

const MM = 96 / 25.4

describe('page zoom', () => {
  it('fits the A4 desk (230 mm) into the page area, rounded down to a whole percent', () => {
    // 1024 px window, 320 px side pane, 15 px scrollbar.
    expect(fitZoom(689, PORTRAIT_DESK_PX)).toBe(0.79)
    expect(689 / PORTRAIT_DESK_PX).toBeGreaterThan(0.79)
    expect(fitZoom(1525, PORTRAIT_DESK_PX)).toBe(1.75)
    expect(fitZoom(0, PORTRAIT_DESK_PX)).toBe(1)
    expect(fitZoom(10, PORTRAIT_DESK_PX)).toBe(0.25)
  })

  it('is 100 % automatically unless the page would not fit, then page width', () => {
    expect(effectiveZoom({ kind: 'auto' }, 0.79)).toBe(0.79)
    expect(effectiveZoom({ kind: 'auto' }, 1.75)).toBe(1)
    expect(effectiveZoom({ kind: 'fit' }, 1.75)).toBe(1.75)
    expect(effectiveZoom({ kind: 'fixed', factor: 0.5 }, 1.75)).toBe(0.5)
    expect(effectiveZoom({ kind: 'fixed', factor: 9 }, 1)).toBe(3)
  })

  it('steps like Word from any zoom, including a fitted one between steps', () => {
    expect(zoomInFrom(1)).toBe(1.1)
    expect(zoomOutFrom(1)).toBe(0.9)
    expect(zoomInFrom(0.79)).toBe(0.8)
    expect(zoomOutFrom(0.79)).toBe(0.75)
    expect(zoomInFrom(3)).toBe(3)
    expect(zoomOutFrom(0.25)).toBe(0.25)
  })

  it('reads what a clerk types in the zoom box', () => {
    expect(parsePercent('75')).toBe(0.75)
    expect(parsePercent(' 120 % ')).toBe(1.2)
    expect(parsePercent('80%')).toBe(0.8)
    expect(parsePercent('5')).toBe(0.25)
    expect(parsePercent('1000')).toBeUndefined()
    expect(parsePercent('abc')).toBeUndefined()
    expect(parsePercent('')).toBeUndefined()
    expect(formatPercent(0.79)).toBe('79 %')
    expect(clampZoom(0.666)).toBe(0.67)
  })

  it('draws a landscape sheet no wider than the page area, padding included', () => {
    for (const [page, available] of [
      [1, 885],
      [0.79, 689],
      [1.5, 1400],
      [1, 2000],
    ] as const) {
      const sheet = landscapeZoom(page, available)
      expect(sheet).toBeLessThanOrEqual(page)
      expect(20 * MM * page + 297 * MM * sheet).toBeLessThanOrEqual(available)
    }
    expect(landscapeZoom(1, 2000)).toBe(1)
  })
})
