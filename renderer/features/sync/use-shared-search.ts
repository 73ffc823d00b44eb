import { useEffect, useState } from 'react'
import type { SharedHit } from '../../../shared/library/sync-types'
import type { SearchFilters } from '../../../shared/library/types'
import type { SharedLibraryService } from '../../workspace/workspace'

/** A server search waits a little longer than the local one: it crosses the network. */
const DELAY_MS = 300
const LIMIT = 20
const NONE = { hits: [] } as const

/**
 * Searches the shared library on the server as the clerk types, when `enabled` ("Tìm cả thư viện
 * dùng chung"); answers the hits and, when the server cannot answer, why.
 */
export function useSharedSearch(
  shared: SharedLibraryService,
  query: string,
  filters: SearchFilters,
  enabled: boolean,
  version: number
): { readonly hits: readonly SharedHit[]; readonly error?: string } {
  const [found, setFound] = useState<{ hits: readonly SharedHit[]; error?: string }>({ hits: [] })
  useEffect(() => {
    if (!enabled) {
      return undefined
    }
    let live = true
    const timer = window.setTimeout(() => {
      void shared['sync:search'](query, { limit: LIMIT, filters }).then(result => {
        if (live) {
          setFound(result.ok ? { hits: result.value } : { hits: [], error: result.error.message })
        }
      })
    }, DELAY_MS)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [shared, query, filters, enabled, version])
  return enabled ? found : NONE
}

/** Local hits first, then the server's, leaving out server clauses the library already has. */
export function withSharedHits<T extends { readonly clause: { readonly text: string } }>(
  local: readonly T[],
  server: readonly SharedHit[]
): (T | SharedHit)[] {
  const known = new Set(local.map(hit => hit.clause.text))
  return [...local, ...server.filter(hit => !known.has(hit.clause.text))]
}

/** Whether a hit came from the shared library on the server. */
export function isSharedHit(hit: object): hit is SharedHit {
  return (hit as { origin?: unknown }).origin === 'server'
}
