import { Element, Node } from 'slate'
import { useSlate } from 'slate-react'
import { removeFootnote, setFootnoteText, footnotePath } from './footnotes'

/** Edits one footnote's text (opened by clicking its number or inserting one with Ctrl+Alt+F). */
export function FootnotePanel({
  id,
  number,
  onClose,
}: {
  id: string
  number: string | undefined
  onClose: () => void
}) {
  const editor = useSlate()
  const path = footnotePath(editor, id)
  const node = path ? Node.get(editor, path) : undefined
  if (!path || !node || !Element.isElement(node) || node.type !== 'footnote') {
    return null
  }
  const text = node.content.map(r => r.text).join('')
  return (
    <div
      className="footnote-panel"
      role="dialog"
      aria-label="Chú thích"
      data-testid="footnote-panel"
      onKeyDown={e => {
        if (e.key === 'Escape') {
          e.preventDefault()
          onClose()
        }
      }}
    >
      <strong>Chú thích {number}</strong>
      <textarea
        autoFocus
        rows={3}
        aria-label="Nội dung chú thích"
        data-testid="footnote-text"
        value={text}
        onChange={e => setFootnoteText(editor, id, e.target.value.normalize('NFC'))}
      />
      <div className="modal-actions">
        <button
          type="button"
          data-testid="footnote-delete"
          onClick={() => {
            removeFootnote(editor, id)
            onClose()
          }}
        >
          Xóa chú thích
        </button>
        <button type="button" onClick={onClose}>
          Xong
        </button>
      </div>
    </div>
  )
}
