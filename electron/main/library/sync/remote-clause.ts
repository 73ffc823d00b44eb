import { dupKey } from '../../../../shared/library/dup-key'
import { foldCached } from '../../../../shared/library/fold-cached'
import type { Clause } from '../../../../shared/library/types'
import { remoteDraft } from './remote-draft'
import type { ServerRow } from './server-rows'

/** A server row shown as a clause (the server's side of a conflict); undefined if malformed. */
export function remoteClause(row: ServerRow): Clause | undefined {
  const draft = remoteDraft(row)
  if (!draft) {
    return undefined
  }
  return {
    ...draft,
    id: row.uid,
    status: draft.status ?? 'harvested',
    folded: foldCached(draft.text),
    dupKey: dupKey(draft.text),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    useCount: 0,
  }
}
