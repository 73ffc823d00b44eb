import { Node } from 'slate'
import type { RenderElementProps } from 'slate-react'
import { allTextBold } from '../../../shared/model/title-item'
import { headingPlaceholder } from '../heading-names'
import type { LabelStore } from '../label-store'
import { BlockLine } from './BlockLine'
import { FootnoteRef } from './FootnoteRef'
import { SectionHeading } from './SectionHeading'

/** What the element renderers need besides Slate's props. */
export type ElementContext = {
  readonly labels: LabelStore
  readonly onFootnote: (id: string) => void
  readonly onRemoveSection: (id: string) => void
}

/** Renders one element of the body: section heading, body block, closing paragraph or footnote. */
export function ElementView({
  attributes,
  children,
  element,
  labels,
  onFootnote,
  onRemoveSection,
}: RenderElementProps & ElementContext) {
  switch (element.type) {
    case 'section':
      return (
        <SectionHeading
          attributes={attributes}
          id={element.id}
          labels={labels}
          extra={element.role === 'extra'}
          placeholder={Node.string(element) === '' ? headingPlaceholder(element) : undefined}
          onRemove={onRemoveSection}
        >
          {children}
        </SectionHeading>
      )
    case 'block':
      return (
        <BlockLine
          attributes={attributes}
          id={element.id}
          labels={labels}
          heading={element.heading === true}
          boldText={element.style !== 'paragraph' && allTextBold(element.children)}
          depth={element.depth}
          style={element.style}
        >
          {children}
        </BlockLine>
      )
    case 'closing':
      return (
        <p
          {...attributes}
          className="pg-body ed-closing"
          data-block-id={element.id}
          data-empty={Node.string(element) === '' ? 'true' : undefined}
        >
          {children}
        </p>
      )
    case 'footnote':
      return (
        <FootnoteRef
          attributes={attributes}
          id={element.id}
          labels={labels}
          title={element.content.map(r => r.text).join('')}
          onOpen={onFootnote}
        >
          {children}
        </FootnoteRef>
      )
  }
}
