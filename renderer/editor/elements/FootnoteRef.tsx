import type { ReactNode } from 'react'
import type { RenderElementProps } from 'slate-react'
import { useLabel, type LabelStore } from '../label-store'

/** A footnote reference in the body: its computed number; a click opens its text for editing. */
export function FootnoteRef(props: {
  attributes: RenderElementProps['attributes']
  id: string
  labels: LabelStore
  title: string
  onOpen: (id: string) => void
  children: ReactNode
}) {
  const number = useLabel(props.labels, props.id)
  return (
    <span
      {...props.attributes}
      className="ed-footnote"
      contentEditable={false}
      title={props.title}
      data-footnote-id={props.id}
      data-testid="footnote-ref"
      onClick={() => props.onOpen(props.id)}
    >
      <sup className="pg-footnote-ref">{number}</sup>
      {props.children}
    </span>
  )
}
