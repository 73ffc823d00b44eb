import { Range, Transforms } from 'slate'
import { ReactEditor } from 'slate-react'

/**
 * Slate reads the browser's selection up to 100 ms late (a throttled selectionchange): a command
 * key pressed right after Shift+Home must act on the selection the clerk sees, not the last one.
 */
export function syncSelection(editor: ReactEditor): void {
  const dom = window.getSelection()
  if (!dom || dom.rangeCount === 0 || ReactEditor.isComposing(editor)) {
    return
  }
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true })
  if (range && (!editor.selection || !Range.equals(range, editor.selection))) {
    Transforms.select(editor, range)
  }
}
