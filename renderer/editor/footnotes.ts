import type { Editor } from 'slate'
import { Element, Node, Transforms, type Path } from 'slate'
import { newId } from '../../shared/model/ids'
import type { FootnoteElement } from './slate-types'

/** The path of a footnote by id, if it is in the document. */
export function footnotePath(editor: Editor, id: string): Path | undefined {
  for (const [node, path] of Node.descendants(editor)) {
    if (Element.isElement(node) && node.type === 'footnote' && node.id === id) {
      return path
    }
  }
  return undefined
}

/** Inserts an empty footnote at the caret (body blocks and closing only); returns its id. */
export function insertFootnote(editor: Editor): string | undefined {
  const { selection } = editor
  const index = selection?.anchor.path[0]
  const top = index === undefined ? undefined : editor.children[index]
  if (!selection || !top || !Element.isElement(top) || top.type === 'section') {
    return undefined
  }
  const footnote: FootnoteElement = {
    type: 'footnote',
    id: newId(),
    content: [],
    children: [{ text: '' }],
  }
  Transforms.insertNodes(editor, footnote)
  Transforms.move(editor)
  return footnote.id
}

/** Replaces a footnote's text. */
export function setFootnoteText(editor: Editor, id: string, text: string): void {
  const path = footnotePath(editor, id)
  if (path) {
    Transforms.setNodes(editor, { content: text === '' ? [] : [{ text }] }, { at: path })
  }
}

/** Removes a footnote (its number disappears and later ones renumber). */
export function removeFootnote(editor: Editor, id: string): void {
  const path = footnotePath(editor, id)
  if (path) {
    Transforms.removeNodes(editor, { at: path })
  }
}
