import type { Clause, ClauseFragment } from '../../../shared/library/types'

/**
 * The clause with its text replaced, for the kinds whose whole text is one editable line:
 * paragraphs, items without sub-items, recipients, căn cứ lines and headings. Inline formatting
 * of an edited paragraph is dropped (the clerk sees the plain text being edited).
 */
export function editedFragment(clause: Clause, text: string): ClauseFragment | undefined {
  const fragment = clause.fragment
  const value = text.normalize('NFC').trim()
  switch (fragment.kind) {
    case 'paragraph':
      return { kind: 'paragraph', block: { ...fragment.block, content: [{ text: value }] } }
    case 'item':
      return fragment.block.type === 'item' && fragment.block.children.length === 0
        ? { kind: 'item', block: { ...fragment.block, content: [{ text: value }] } }
        : undefined
    case 'basis':
      return { kind: 'basis', line: { ...fragment.line, content: [{ text: value }] } }
    case 'recipient':
    case 'section-heading':
      return { kind: fragment.kind, text: value }
    case 'task-row':
      return undefined
  }
}
