import { Editor, Node, Range, Transforms } from 'slate'
import { newId } from '../../shared/model/ids'
import { matchMarker } from './markers'
import type { BodyElement } from './slate-types'
import { currentTop, depthForStyle } from './structure'

/**
 * Pastes plain text (from Word, Excel or a web page) as body blocks: one block per non-empty
 * line; a leading `1.`, `1.1.`, `a)`, `-` or `+` becomes the block's numbering, never text.
 */
export function pasteLines(editor: Editor, text: string): void {
  const lines = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(line => line.replace(/\t+/g, ' ').replace(/\s+$/u, ''))
    .filter(line => line.trim() !== '')
  if (editor.selection && Range.isExpanded(editor.selection)) {
    editor.deleteFragment()
  }
  const top = currentTop(editor)
  if (!top || lines.length === 0) {
    return
  }
  if (top.element.type !== 'block') {
    Transforms.insertText(editor, lines.join(' '))
    return
  }
  const caretDepth = top.element.depth
  Editor.withoutNormalizing(editor, () => {
    let index = top.index
    const replaceCurrent = Node.string(top.element) === ''
    if (!replaceCurrent) {
      Transforms.splitNodes(editor, { always: true })
      Transforms.setNodes(editor, { id: newId() }, { at: [index + 1] })
      index += 1
    }
    lines.forEach((raw, i) => {
      const line = raw.trimStart()
      const marker = matchMarker(line)
      const style = marker?.style ?? 'paragraph'
      const body = marker ? line.slice(marker.length) : line
      const at = index + i
      // Plain lines stay at the caret's level; numbered lines find their level in the outline.
      const depth =
        style === 'paragraph' ? caretDepth : depthForStyle(editor, at, style, marker?.nested)
      const block: BodyElement = {
        type: 'block',
        id: newId(),
        style,
        depth,
        children: [{ text: body }],
      }
      if (i === 0 && replaceCurrent) {
        Transforms.removeNodes(editor, { at: [at] })
      }
      Transforms.insertNodes(editor, block, { at: [at] })
    })
    Transforms.select(editor, Editor.end(editor, [index + lines.length - 1]))
  })
}
