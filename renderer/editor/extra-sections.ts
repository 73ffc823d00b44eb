import { Editor, Transforms } from 'slate'
import { newId } from '../../shared/model/ids'
import type { TopElement } from './slate-types'

/** Adds an empty extra section before Tổ chức thực hiện and puts the caret in its title. */
export function addExtraSection(editor: Editor): void {
  const children = editor.children as TopElement[]
  const at = children.findIndex(el => el.type === 'section' && el.role === 'organization')
  const index = at >= 0 ? at : children.length
  Editor.withoutNormalizing(editor, () => {
    Transforms.insertNodes(
      editor,
      [
        { type: 'section', id: newId(), role: 'extra', children: [{ text: '' }] },
        { type: 'block', id: newId(), style: 'paragraph', depth: 0, children: [{ text: '' }] },
      ],
      { at: [index] }
    )
  })
  Transforms.select(editor, Editor.start(editor, [index]))
}

/** Removes an extra section's heading; its content joins the section above. Required ones stay. */
export function removeExtraSection(editor: Editor, id: string): void {
  const children = editor.children as TopElement[]
  const index = children.findIndex(el => el.id === id)
  const element = children[index]
  if (element?.type === 'section' && element.role === 'extra') {
    Transforms.removeNodes(editor, { at: [index] })
  }
}
