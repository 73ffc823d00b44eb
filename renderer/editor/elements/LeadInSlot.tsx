import { Transforms } from 'slate'
import { ReactEditor, useSlate } from 'slate-react'
import { newId } from '../../../shared/model/ids'

/** The hint drawn in the slot. */
const LEAD_IN_HINT = 'Câu dẫn (ví dụ: Ủy ban nhân dân xã … ban hành Kế hoạch … như sau:)'

/**
 * Above I. while the plan has no lead-in sentence: a grey slot reading "Câu dẫn (ví dụ: Ủy ban
 * nhân dân xã … ban hành Kế hoạch … như sau:)". A click opens the paragraph before I. and puts
 * the caret in it (Enter at the start of I. does the same). Re-renders with every change
 * (useSlate), so it goes as soon as the body starts with something other than this section.
 */
export function LeadInSlot({ sectionId }: { sectionId: string }) {
  const editor = useSlate()
  const first = editor.children[0]
  if (!first || !('id' in first) || first.id !== sectionId) {
    return null
  }
  return (
    // The words are drawn by CSS (::before, from data-text) and hidden from assistive technology:
    // they are a hint, not part of the heading's text or its accessible name. The keyboard way is
    // Enter at the start of I.
    <span
      contentEditable={false}
      aria-hidden="true"
      data-text={LEAD_IN_HINT}
      className="ed-lead-in"
      data-testid="lead-in-slot"
      title="Bấm để gõ câu dẫn trước mục I."
      onMouseDown={event => {
        event.preventDefault()
        Transforms.insertNodes(
          editor,
          { type: 'block', id: newId(), style: 'paragraph', depth: 0, children: [{ text: '' }] },
          { at: [0], select: true }
        )
        ReactEditor.focus(editor)
      }}
    />
  )
}
