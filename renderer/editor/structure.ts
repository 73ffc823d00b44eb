import { Editor, Range, Transforms, type Descendant } from 'slate'
import { newId } from '../../shared/model/ids'
import { subtreeEnd as outlineSubtreeEnd } from '../../shared/model/outline'
import type { BlockStyle, BodyElement, TopElement } from './slate-types'
import { styleRank } from './markers'

/** The top-level element index and element holding the selection's anchor, if any. */
export function currentTop(editor: Editor): { index: number; element: TopElement } | undefined {
  if (!editor.selection) {
    return undefined
  }
  const index = Range.start(editor.selection).path[0]
  const element =
    index === undefined ? undefined : (editor.children[index] as TopElement | undefined)
  return index === undefined || !element ? undefined : { index, element }
}

/** The top-level element at an index. */
export function topAt(editor: Editor, index: number): TopElement | undefined {
  return editor.children[index] as TopElement | undefined
}

/** Whether a point-range selection sits at the very start of its top-level element. */
export function atStartOfTop(editor: Editor): boolean {
  const { selection } = editor
  if (!selection || !Range.isCollapsed(selection)) {
    return false
  }
  const index = selection.anchor.path[0]
  return index !== undefined && Editor.isStart(editor, selection.anchor, [index])
}

/** Whether a collapsed selection sits at the very end of its top-level element. */
export function atEndOfTop(editor: Editor): boolean {
  const { selection } = editor
  if (!selection || !Range.isCollapsed(selection)) {
    return false
  }
  const index = selection.anchor.path[0]
  return index !== undefined && Editor.isEnd(editor, selection.anchor, [index])
}

/**
 * The depth a block of `style` should take at `index`: one below the nearest earlier item of an
 * outer style in the same section, else 0. `nested` asks for a `1.1.` item under a `1.` item.
 */
export function depthForStyle(
  editor: Editor,
  index: number,
  style: BlockStyle,
  nested = false
): number {
  const rank = styleRank(style)
  for (let i = index - 1; i >= 0; i -= 1) {
    const el = topAt(editor, i)
    if (!el || el.type !== 'block') {
      return 0
    }
    if (el.style === 'paragraph') {
      continue
    }
    if (nested && el.style === 'decimal') {
      return el.depth + 1
    }
    if (styleRank(el.style) < rank) {
      return el.depth + 1
    }
    if (el.style === style && !nested) {
      return el.depth
    }
  }
  return 0
}

/** Index range [index, end) of a block and the blocks nested under it (its subtree). */
export function subtreeEnd(editor: Editor, index: number): number {
  return outlineSubtreeEnd(editor.children as TopElement[], index)
}

/** Sets properties on a top-level block. */
export function setBlock(editor: Editor, index: number, props: Partial<BodyElement>): void {
  Transforms.setNodes(editor, props, { at: [index] })
}

/** Inserts a new empty body block at an index and puts the cursor in it. */
export function insertBlockAt(
  editor: Editor,
  index: number,
  style: BlockStyle,
  depth: number
): void {
  const block: BodyElement = { type: 'block', id: newId(), style, depth, children: [{ text: '' }] }
  Transforms.insertNodes(editor, block, { at: [index], select: true })
}

/**
 * Replaces the whole value (after undo, redo or an outside edit), keeping the selection when its
 * paths still exist. Slate documents assigning `children` and calling `onChange` for this.
 */
export function resetValue(editor: Editor, value: Descendant[]): void {
  const { selection } = editor
  editor.children = value
  editor.selection =
    selection &&
    Editor.hasPath(editor, selection.anchor.path) &&
    Editor.hasPath(editor, selection.focus.path)
      ? selection
      : null
  editor.onChange()
}
