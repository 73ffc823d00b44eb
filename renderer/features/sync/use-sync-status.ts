import { useCallback, useEffect, useState } from 'react'
import type { SyncStatus } from '../../../shared/library/sync-types'
import type { SharedLibraryService } from '../../workspace/workspace'

/** How often the indicator asks main for the sync status (sync itself runs in main). */
const POLL_MS = 2000

/** The sync status, polled while the component is shown; `refresh` asks at once. */
export function useSyncStatus(shared: SharedLibraryService): {
  readonly status: SyncStatus | undefined
  readonly refresh: () => void
} {
  const [status, setStatus] = useState<SyncStatus | undefined>(undefined)
  const refresh = useCallback(() => {
    void shared['sync:status']().then(setStatus, () => undefined)
  }, [shared])
  useEffect(() => {
    refresh()
    const timer = window.setInterval(refresh, POLL_MS)
    return () => window.clearInterval(timer)
  }, [refresh])
  return { status, refresh }
}
