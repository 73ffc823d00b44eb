import { useEffect, useState } from 'react'
import { useWorkspace } from '../../workspace/workspace'
import { ConflictsDialog } from './ConflictsDialog'
import { SharedLibraryDialog } from './SharedLibraryDialog'
import { countsText, statusText } from './status-text'
import { useSyncStatus } from './use-sync-status'
import './sync.css'

/**
 * The shared library's line in the library pane: sync status with pending and conflict counts,
 * the settings dialog, the conflicts list and "Đồng bộ ngay". `onSynced` hears of each finished
 * sync (the pane then searches again, as clauses may have arrived).
 */
export function SyncIndicator({
  onSynced,
  onConnected,
}: {
  onSynced: () => void
  onConnected: (connected: boolean) => void
}) {
  const { shared } = useWorkspace()
  const { status, refresh } = useSyncStatus(shared)
  const [dialog, setDialog] = useState<'settings' | 'conflicts' | undefined>(undefined)
  const lastSyncAt = status?.lastSyncAt
  const connected = status !== undefined && status.state !== 'off'
  useEffect(() => {
    if (lastSyncAt) {
      onSynced()
    }
  }, [lastSyncAt, onSynced])
  useEffect(() => onConnected(connected), [connected, onConnected])
  if (!status) {
    return null
  }
  const counts = countsText(status)
  return (
    <div className={`sync-indicator ${status.state}`} data-testid="sync-indicator">
      <span className="sync-dot" aria-hidden="true" />
      <span className="sync-text" role="status" data-testid="sync-status">
        {statusText(status)}
        {counts && <span className="muted"> · {counts}</span>}
      </span>
      {status.conflicts > 0 && (
        <button type="button" data-testid="sync-conflicts" onClick={() => setDialog('conflicts')}>
          Xử lý xung đột
        </button>
      )}
      {connected && status.state !== 'syncing' && (
        <button
          type="button"
          data-testid="sync-now"
          title="Đồng bộ ngay với thư viện dùng chung"
          onClick={() => void shared['sync:now']().finally(refresh)}
        >
          Đồng bộ
        </button>
      )}
      <button
        type="button"
        data-testid="sync-settings"
        title="Cài đặt thư viện dùng chung"
        onClick={() => setDialog('settings')}
      >
        {connected ? 'Cài đặt…' : 'Kết nối…'}
      </button>
      {dialog === 'settings' && (
        <SharedLibraryDialog
          onClose={() => {
            setDialog(undefined)
            refresh()
          }}
        />
      )}
      {dialog === 'conflicts' && (
        <ConflictsDialog
          onClose={() => {
            setDialog(undefined)
            refresh()
          }}
        />
      )}
    </div>
  )
}
