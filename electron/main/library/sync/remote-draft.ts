import { clauseDraftSchema } from '../../../../shared/library/clause-schemas'
import { fragmentText } from '../../../../shared/library/fragment-text'
import type { ClauseDraft } from '../../../../shared/library/types'
import type { ServerRow } from './server-rows'

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value)

/**
 * The clause draft a server row describes, checked like an imported file (the server is shared,
 * so its content is untrusted): the fragment must parse and match its kind, the text is rebuilt
 * from the fragment, and the tags and source must be well-formed. Undefined when it is not.
 */
export function remoteDraft(row: ServerRow): ClauseDraft | undefined {
  let fragment: unknown
  try {
    fragment = JSON.parse(row.fragment)
  } catch {
    return undefined
  }
  const candidate = {
    kind: row.kind,
    fragment,
    text: '',
    tags: {
      papi: orUndefined(row.papi),
      cchc: orUndefined(row.cchc),
      section: orUndefined(row.section),
    },
    source: {
      title: orUndefined(row.src_title),
      issuer: orUndefined(row.src_issuer),
      level: orUndefined(row.src_level),
      year: orUndefined(row.src_year),
      file: orUndefined(row.src_file),
    },
    status: row.status,
  }
  const parsed = clauseDraftSchema.safeParse(candidate)
  if (!parsed.success || parsed.data.fragment.kind !== parsed.data.kind) {
    return undefined
  }
  const draft = parsed.data
  const text = fragmentText(draft.fragment)
  return text === '' ? undefined : { ...draft, text }
}
