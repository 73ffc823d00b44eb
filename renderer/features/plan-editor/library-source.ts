import { createContext, useContext } from 'react'
import type { ClauseSource } from '../../../shared/library/types'

/** Where clauses saved from this page come from (the open plan), for "Lưu vào thư viện". */
export const LibrarySourceContext = createContext<ClauseSource>({})

/** The open plan as a clause source. */
export function useLibrarySource(): ClauseSource {
  return useContext(LibrarySourceContext)
}
