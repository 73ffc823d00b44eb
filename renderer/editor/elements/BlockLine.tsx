import type { ReactNode } from 'react'
import type { RenderElementProps } from 'slate-react'
import { useLabel, type LabelStore } from '../label-store'

/** A body paragraph or item at its depth, its computed number shown by CSS from `data-label`. */
export function BlockLine(props: {
  attributes: RenderElementProps['attributes']
  id: string
  labels: LabelStore
  heading: boolean
  /** All its text is bold: the clerk made it a title, so its number is bold too. */
  boldText: boolean
  depth: number
  style: string
  children: ReactNode
}) {
  const label = useLabel(props.labels, props.id)
  return (
    <p
      {...props.attributes}
      className={`pg-body ed-block ed-depth-${Math.min(props.depth, 5)}${props.heading ? ' pg-body--heading' : ''}${props.boldText ? ' ed-block--title' : ''}`}
      data-block-id={props.id}
      data-style={props.style}
      data-depth={props.depth}
      data-label={label ?? ''}
    >
      {props.children}
    </p>
  )
}
