import { fragmentText } from './fragment-text'
import type { ClauseDraft, ClauseFragment, ClauseSource, ClauseTags } from './types'

/**
 * The library entry a clerk saves from a plan ("Lưu vào thư viện" on a block or a task row):
 * kind from the fragment, its search text, the given tags and source, approved since a person
 * chose it.
 */
export function clauseDraft(
  fragment: ClauseFragment,
  source: ClauseSource,
  tags: ClauseTags = {}
): ClauseDraft {
  return {
    kind: fragment.kind,
    fragment,
    text: fragmentText(fragment),
    tags,
    source,
    status: 'approved',
  }
}
