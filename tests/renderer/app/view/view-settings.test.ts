import { describe, expect, it } from 'vitest'
import {
  DEFAULT_VIEW,
  loadViewSettings,
  saveViewSettings,
} from '../../../../renderer/app/view/view-settings'

/** A Storage stand-in holding one map. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}

describe('view settings', () => {
  it('remembers the side pane and the zoom choice', () => {
    const storage = memoryStorage()
    saveViewSettings(storage, { sideCollapsed: true, zoom: { kind: 'fixed', factor: 1.25 } })
    expect(loadViewSettings(storage)).toEqual({
      sideCollapsed: true,
      zoom: { kind: 'fixed', factor: 1.25 },
    })
    saveViewSettings(storage, { sideCollapsed: false, zoom: { kind: 'fit' } })
    expect(loadViewSettings(storage)).toEqual({ sideCollapsed: false, zoom: { kind: 'fit' } })
  })

  it('starts from the defaults when nothing, or something malformed, is stored', () => {
    expect(loadViewSettings(undefined)).toEqual(DEFAULT_VIEW)
    expect(loadViewSettings(memoryStorage())).toEqual(DEFAULT_VIEW)
    expect(loadViewSettings(memoryStorage({ 'skh.view.v1': '{not json' }))).toEqual(DEFAULT_VIEW)
    expect(
      loadViewSettings(
        memoryStorage({
          'skh.view.v1': JSON.stringify({
            sideCollapsed: 'yes',
            zoom: { kind: 'fixed', factor: 'x' },
          }),
        })
      )
    ).toEqual(DEFAULT_VIEW)
    expect(
      loadViewSettings(
        memoryStorage({ 'skh.view.v1': JSON.stringify({ zoom: { kind: 'fixed', factor: 40 } }) })
      ).zoom
    ).toEqual({ kind: 'fixed', factor: 3 })
  })

  it('keeps the window working when the storage refuses to write', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(() => saveViewSettings(full, DEFAULT_VIEW)).not.toThrow()
  })
})
