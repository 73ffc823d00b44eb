import { Editor, Node, Range, Transforms } from 'slate'
import { newId } from '../../shared/model/ids'
import { matchMarker } from './markers'
import { dropStart, lineText, type PastedLine } from './paste-html'
import type { BodyElement, TopElement } from './slate-types'
import { currentTop, depthForStyle } from './structure'

/**
 * Pastes lines (from Word, Excel or a web page, cleaned by paste-html.ts) as body blocks: one
 * block per line, keeping bold and italic; a leading `1.`, `1.1.`, `a)`, `-` or `+` becomes the
 * block's numbering, never text. One line without a marker goes in at the caret, inside the
 * current block. In a section heading every line's text joins the heading, unformatted.
 */
export function pasteRunLines(editor: Editor, lines: readonly PastedLine[]): void {
  if (editor.selection && Range.isExpanded(editor.selection)) {
    editor.deleteFragment()
  }
  const top = currentTop(editor)
  if (!top || lines.length === 0) {
    return
  }
  if (top.element.type === 'section') {
    Transforms.insertText(editor, lines.map(lineText).join(' '))
    return
  }
  const first = lines[0]!
  if (top.element.type !== 'block' || (lines.length === 1 && !matchMarker(lineText(first)))) {
    Transforms.insertNodes(editor, lines.length === 1 ? first : joinLines(lines), { select: true })
    return
  }
  const caretDepth = top.element.depth
  Editor.withoutNormalizing(editor, () => {
    let index = top.index
    const replaceCurrent = Node.string(top.element) === ''
    // At the start of a block the lines go before it, which keeps its number and text whole.
    const atStart =
      !replaceCurrent &&
      editor.selection !== null &&
      Editor.isStart(editor, editor.selection.anchor, [top.index])
    if (!replaceCurrent && !atStart) {
      Transforms.splitNodes(editor, { always: true })
      Transforms.setNodes(editor, { id: newId() }, { at: [index + 1] })
      index += 1
    }
    lines.forEach((line, i) => {
      const marker = matchMarker(lineText(line))
      const style = marker?.style ?? 'paragraph'
      const at = index + i
      // Plain lines stay at the caret's level; numbered lines find their level in the outline.
      const depth =
        style === 'paragraph' ? caretDepth : depthForStyle(editor, at, style, marker?.nested)
      const block: BodyElement = {
        type: 'block',
        id: newId(),
        style,
        depth,
        children: marker ? dropStart(line, marker.length) : line,
      }
      if (i === 0 && replaceCurrent) {
        Transforms.removeNodes(editor, { at: [at] })
      }
      Transforms.insertNodes(editor, block, { at: [at] })
    })
    // Pasted at the end of a block, the split leaves an empty remainder: as in Word, it goes.
    const remainder = replaceCurrent
      ? undefined
      : (editor.children[index + lines.length] as TopElement | undefined)
    if (
      remainder?.type === 'block' &&
      remainder.children.length === 1 &&
      Node.string(remainder) === ''
    ) {
      Transforms.removeNodes(editor, { at: [index + lines.length] })
    }
    Transforms.select(editor, Editor.end(editor, [index + lines.length - 1]))
  })
}

/** Several lines as one run list, joined by spaces (for a place that holds one paragraph). */
function joinLines(lines: readonly PastedLine[]): PastedLine {
  return lines.flatMap((line, i) => (i === 0 ? line : [{ text: ' ' }, ...line]))
}
