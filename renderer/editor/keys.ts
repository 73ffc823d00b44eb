import type { KeyboardEvent } from 'react'
import { Editor } from 'slate'
import { indentStyle, moveSubtree } from '../../shared/model/outline'
import { applyMove } from './apply-move'
import type { BlockStyle, BodyElement, TopElement } from './slate-types'
import { currentTop, setBlock, subtreeEnd, topAt } from './structure'

const OUTER: Readonly<Record<BlockStyle, BlockStyle>> = {
  paragraph: 'paragraph',
  decimal: 'decimal',
  letter: 'decimal',
  dash: 'letter',
  plus: 'dash',
}

/** Handles the editor's structural keys; returns true when the key was used. */
export function handleStructureKey(editor: Editor, event: KeyboardEvent): boolean {
  const mod = event.ctrlKey || event.metaKey
  if (event.key === 'Tab' && !mod && !event.altKey) {
    return event.shiftKey ? outdent(editor) : indent(editor)
  }
  if (event.altKey && event.shiftKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
    return move(editor, event.key === 'ArrowUp' ? -1 : 1)
  }
  if (mod && !event.altKey && (event.key === 'b' || event.key === 'i')) {
    toggleMark(editor, event.key === 'b' ? 'bold' : 'italic')
    return true
  }
  return false
}

/** Toggles bold or italic on the selection. */
function toggleMark(editor: Editor, mark: 'bold' | 'italic'): void {
  const marks = Editor.marks(editor)
  if (marks?.[mark]) {
    Editor.removeMark(editor, mark)
  } else {
    Editor.addMark(editor, mark, true)
  }
}

function indent(editor: Editor): boolean {
  const top = currentTop(editor)
  if (!top) {
    return true
  }
  const style = indentStyle(editor.children as TopElement[], top.index)
  if (style) {
    shiftSubtree(editor, top.index, +1, style)
  }
  return true
}

/**
 * Moves the current block (with its subtree) one level up. It takes the style of the items
 * already at that level (after `1.` … `- ý`, Shift+Tab gives the next `2.`, not an `a)`), or the
 * style one step out when it is the first there.
 */
export function outdent(editor: Editor): boolean {
  const top = currentTop(editor)
  if (!top || top.element.type !== 'block' || top.element.depth === 0) {
    return true
  }
  const { index, element } = top
  const style = styleOfLevel(editor, index, element.depth - 1) ?? OUTER[element.style]
  shiftSubtree(editor, index, -1, style)
  return true
}

/** The style of the items at `depth` in the outline before `index`, within the same parent. */
function styleOfLevel(editor: Editor, index: number, depth: number): BlockStyle | undefined {
  for (let i = index - 1; i >= 0; i -= 1) {
    const el = topAt(editor, i)
    if (el?.type !== 'block' || el.depth < depth) {
      return undefined
    }
    if (el.depth === depth && el.style !== 'paragraph') {
      return el.style
    }
  }
  return undefined
}

function shiftSubtree(editor: Editor, index: number, delta: number, style: BlockStyle): void {
  const end = subtreeEnd(editor, index)
  Editor.withoutNormalizing(editor, () => {
    for (let i = index; i < end; i += 1) {
      const el = topAt(editor, i) as BodyElement
      setBlock(editor, i, { depth: el.depth + delta, ...(i === index ? { style } : {}) })
    }
  })
}

function move(editor: Editor, direction: -1 | 1): boolean {
  const top = currentTop(editor)
  const planned = top && moveSubtree(editor.children as TopElement[], top.index, direction)
  if (planned) {
    applyMove(editor, planned)
  }
  return true
}
