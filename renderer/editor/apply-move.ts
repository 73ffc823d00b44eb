import { Editor, Transforms } from 'slate'
import type { SubtreeMove } from '../../shared/model/outline'
import type { TopElement } from './slate-types'

/**
 * Performs a subtree move (shared/model/outline) with Slate operations, one block at a time, so
 * the caret moves with its block; the result is `applySubtreeMove` of the editor's children.
 */
export function applyMove(editor: Editor, move: SubtreeMove): void {
  const { start, end, to, shift } = move
  const down = to > start
  Editor.withoutNormalizing(editor, () => {
    for (let i = 0; i < end - start; i += 1) {
      const from = down ? start : start + i
      const moving = editor.children[from] as TopElement
      if (shift !== 0 && moving.type === 'block') {
        Transforms.setNodes(editor, { depth: Math.max(0, moving.depth + shift) }, { at: [from] })
      }
      Transforms.moveNodes(editor, { at: [from], to: [down ? to - 1 : to + i] })
    }
  })
}
