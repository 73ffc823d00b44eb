import { describe, expect, it } from 'vitest'
import type { SyncStatus } from '../../../shared/library/sync-types'
import { countsText, statusText, syncTime } from '../../../renderer/features/sync/status-text'
import { isSharedHit, withSharedHits } from '../../../renderer/features/sync/use-shared-search'

const now = new Date(2026, 11, 5, 16, 30)
const at = (h: number, m: number, day = 5) => new Date(2026, 11, day, h, m).toISOString()
const status = (patch: Partial<SyncStatus>): SyncStatus => ({
  state: 'idle',
  pending: 0,
  conflicts: 0,
  ...patch,
})

describe('the sync status line', () => {
  it.each<[string, Partial<SyncStatus>, string]>([
    ['off', { state: 'off' }, 'Chưa kết nối thư viện dùng chung'],
    ['syncing', { state: 'syncing', lastSyncAt: at(14, 5) }, 'Đang đồng bộ…'],
    ['synced today', { lastSyncAt: at(14, 5) }, 'Đã đồng bộ lúc 14:05'],
    ['synced another day', { lastSyncAt: at(9, 0, 3) }, 'Đã đồng bộ lúc 09:00 ngày 03/12'],
    ['never synced', {}, 'Chưa đồng bộ lần nào'],
    ['offline', { state: 'offline' }, 'Ngoại tuyến'],
    [
      'offline after a sync',
      { state: 'offline', lastSyncAt: at(8, 7) },
      'Ngoại tuyến (đồng bộ lần cuối lúc 08:07)',
    ],
    [
      'error',
      { state: 'error', error: { code: 'library.server.auth', message: 'Sai mật khẩu.' } },
      'Lỗi: Sai mật khẩu.',
    ],
  ])('%s', (_name, patch, expected) => {
    expect(statusText(status(patch), now)).toBe(expected)
  })

  it('counts what waits to be sent and the conflicts to resolve', () => {
    expect(countsText(status({}))).toBe('')
    expect(countsText(status({ pending: 3 }))).toBe('3 thay đổi chờ gửi')
    expect(countsText(status({ pending: 3, conflicts: 1 }))).toBe(
      '3 thay đổi chờ gửi · 1 xung đột cần chọn'
    )
    expect(syncTime(at(0, 0), now)).toBe('00:00')
  })
})

describe('server hits beside local ones', () => {
  it('lists local hits first and leaves out server clauses the library already has', () => {
    const local = [{ clause: { text: 'A' } }, { clause: { text: 'B' } }]
    const server = [
      { clause: { text: 'B' }, origin: 'server', author: 'lan' },
      { clause: { text: 'C' }, origin: 'server', author: 'lan' },
    ] as unknown as Parameters<typeof withSharedHits>[1]
    const merged = withSharedHits(local, server)
    expect(merged.map(hit => hit.clause.text)).toEqual(['A', 'B', 'C'])
    expect(merged.map(isSharedHit)).toEqual([false, false, true])
  })
})
