import { createEditor, Editor } from 'slate'
import { withReact } from 'slate-react'
import type { BodyElement, TopElement } from '../../../renderer/editor/slate-types'
import { withPlanRules } from '../../../renderer/editor/with-plan-rules'

/** Builders for the body editor's flat value, and a Slate editor with the plan's rules. */
export const block = (
  id: string,
  style: BodyElement['style'],
  depth: number,
  text = id
): BodyElement => ({
  type: 'block',
  id,
  style,
  depth,
  children: [{ text }],
})
export const section = (
  id: string,
  role: 'purpose' | 'tasks' | 'organization',
  text: string
): TopElement => ({
  type: 'section',
  id,
  role,
  children: [{ text }],
})

export function editorWith(value: TopElement[]): Editor {
  const editor = withPlanRules(withReact(createEditor()))
  editor.children = value
  Editor.normalize(editor, { force: true })
  return editor
}

/** "style@depth:text" per body block, sections as "# title". */
export function shape(editor: Editor): string[] {
  return (editor.children as TopElement[]).map(el =>
    el.type === 'section'
      ? `# ${Editor.string(editor, [editor.children.indexOf(el)])}`
      : el.type === 'block'
        ? `${el.style}@${el.depth}:${Editor.string(editor, [editor.children.indexOf(el)])}`
        : `closing:${Editor.string(editor, [editor.children.indexOf(el)])}`
  )
}
