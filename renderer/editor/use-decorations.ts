import { useCallback, useMemo, useState } from 'react'
import type { Editor, NodeEntry, Range } from 'slate'
import type { FindDecoration } from './FindBar'
import { locateHints, type ReuseWatch } from './ReusePanel'

/** A reused year or level word that may need fixing. */
type ReuseDecoration = Range & { readonly reuseHint: string }

type Decorate = (entry: NodeEntry) => (FindDecoration | ReuseDecoration)[]

/** The body's decorations: find matches (from the find bar) and reuse hints of inserted clauses. */
export function useDecorations(editor: Editor) {
  const [findDecorate, setFindDecorate] = useState<
    ((entry: NodeEntry) => FindDecoration[]) | undefined
  >(undefined)
  const onFindDecorate = useCallback(
    (next: ((entry: NodeEntry) => FindDecoration[]) | undefined) => setFindDecorate(() => next),
    []
  )
  const [reuse, setReuse] = useState<ReuseWatch | undefined>(undefined)
  const decorate = useMemo(
    () => combineDecorations(editor, findDecorate, reuse),
    [editor, findDecorate, reuse]
  )
  return { decorate, onFindDecorate, reuse, setReuse }
}

/** Find highlights plus the reuse hints of just-inserted clauses, as one decorate function. */
function combineDecorations(
  editor: Editor,
  find: ((entry: NodeEntry) => FindDecoration[]) | undefined,
  reuse: ReuseWatch | undefined
): Decorate | undefined {
  if (!find && !reuse) {
    return undefined
  }
  const byLeaf = new Map<string, ReuseDecoration[]>()
  for (const { range, hint } of reuse ? locateHints(editor, reuse) : []) {
    const key = range.anchor.path.join('.')
    byLeaf.set(key, [...(byLeaf.get(key) ?? []), { ...range, reuseHint: hint.reason }])
  }
  return entry => [...(find ? find(entry) : []), ...(byLeaf.get(entry[1].join('.')) ?? [])]
}
