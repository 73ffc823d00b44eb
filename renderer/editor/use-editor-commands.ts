import { useEffect, type Dispatch, type SetStateAction } from 'react'
import { Editor, Transforms } from 'slate'
import { ReactEditor } from 'slate-react'
import { moveSubtreeBefore } from '../../shared/model/outline'
import { applyMove } from './apply-move'
import { useWorkspace } from '../workspace/workspace'
import { scrollToBlock } from './scroll-to-block'
import { addExtraSection } from './extra-sections'
import { captureBlock, insertBlocks } from './insert-blocks'
import type { ReuseWatch } from './ReusePanel'
import type { TopElement } from './slate-types'

/** Registers the body editor's commands (PaneCommands `editor.*`) while it is mounted. */
export function useEditorCommands(
  editor: ReactEditor,
  openFind: () => void,
  setReuse: Dispatch<SetStateAction<ReuseWatch | undefined>>
): void {
  const { commands } = useWorkspace()
  useEffect(
    () =>
      commands.register({
        'editor.find': openFind,
        'editor.insertBlocks': (blocks, reuse) => {
          const ids = insertBlocks(editor, blocks)
          ReactEditor.focus(editor)
          setReuse({ ids: new Set(ids), context: reuse })
        },
        'editor.addSection': () => {
          addExtraSection(editor)
          ReactEditor.focus(editor)
        },
        'editor.capture': () => captureBlock(editor),
        'editor.focus': id => focusBlock(editor, id),
        'editor.move': (id, beforeId) => moveBefore(editor, id, beforeId),
      }),
    [commands, editor, openFind, setReuse]
  )
}

function indexOf(editor: Editor, id: string): number {
  return (editor.children as TopElement[]).findIndex(el => el.id === id)
}

/** Puts the caret at the start of a body block; a block outside the body is only scrolled to. */
function focusBlock(editor: ReactEditor, id: string): void {
  const index = indexOf(editor, id)
  if (index >= 0) {
    Transforms.select(editor, Editor.start(editor, [index]))
    ReactEditor.focus(editor)
  }
  scrollToBlock(id)
}

/** Moves a body block with its sub-items before another (dragging in the outline pane). */
function moveBefore(editor: Editor, id: string, beforeId: string): void {
  const move = moveSubtreeBefore(
    editor.children as TopElement[],
    indexOf(editor, id),
    indexOf(editor, beforeId)
  )
  if (move) {
    applyMove(editor, move)
  }
}
