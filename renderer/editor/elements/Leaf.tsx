import type { ReactNode } from 'react'
import type { RenderLeafProps } from 'slate-react'

/** A text leaf: bold, italic, find matches and reuse hints. */
export function Leaf({ attributes, children, leaf }: RenderLeafProps) {
  const found = leaf as RenderLeafProps['leaf'] & {
    findMatch?: boolean
    current?: boolean
    reuseHint?: string
  }
  let out = children as ReactNode
  if (found.reuseHint) {
    out = (
      <span className="ed-reuse" title={found.reuseHint}>
        {out}
      </span>
    )
  }
  if (found.findMatch) {
    out = <mark className={found.current ? 'ed-found ed-found--current' : 'ed-found'}>{out}</mark>
  }
  if (leaf.bold) {
    out = <strong>{out}</strong>
  }
  if (leaf.italic) {
    out = <em>{out}</em>
  }
  return <span {...attributes}>{out}</span>
}
