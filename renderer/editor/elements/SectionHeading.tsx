import type { ReactNode } from 'react'
import type { RenderElementProps } from 'slate-react'
import { useLabel, type LabelStore } from '../label-store'
import { LeadInSlot } from './LeadInSlot'

/** A section heading with its computed number; an extra section has a button to remove it. */
export function SectionHeading(props: {
  attributes: RenderElementProps['attributes']
  id: string
  labels: LabelStore
  extra: boolean
  /** The section's own name, shown grey where its text goes while the heading is empty. */
  placeholder: string | undefined
  /** Removes this (extra) section: its content joins the section above. */
  onRemove: (id: string) => void
  children: ReactNode
}) {
  const label = useLabel(props.labels, props.id)
  return (
    <h2
      {...props.attributes}
      className="pg-section__heading ed-section"
      data-block-id={props.id}
      data-label={label ?? ''}
      data-empty={props.placeholder === undefined ? undefined : 'true'}
      data-testid="section-heading"
    >
      <LeadInSlot sectionId={props.id} />
      {props.placeholder !== undefined && (
        <span contentEditable={false} className="ed-placeholder" data-testid="section-placeholder">
          {props.placeholder}
        </span>
      )}
      {props.children}
      {props.extra && (
        <span contentEditable={false} className="ed-section-tools">
          <button
            type="button"
            title="Xóa mục này (nội dung chuyển lên mục trên)"
            data-testid="section-remove"
            onMouseDown={event => {
              event.preventDefault()
              props.onRemove(props.id)
            }}
          >
            ✕ xóa mục
          </button>
        </span>
      )}
    </h2>
  )
}
