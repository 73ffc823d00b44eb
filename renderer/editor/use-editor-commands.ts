import { useEffect, type Dispatch, type SetStateAction } from 'react'
import { Editor, Transforms } from 'slate'
import { ReactEditor } from 'slate-react'
import { moveSubtreeBefore } from '../../shared/model/outline'
import { applyMove } from './apply-move'
import { onEditorCommand, scrollToBlock } from './editor-events'
import { addExtraSection } from './extra-sections'
import { captureBlock, insertBlocks } from './insert-blocks'
import type { ReuseWatch } from './ReusePanel'
import type { TopElement } from './slate-types'

/** Answers the commands other panes send to the body editor. */
export function useEditorCommands(
  editor: ReactEditor,
  openFind: () => void,
  setReuse: Dispatch<SetStateAction<ReuseWatch | undefined>>
): void {
  useEffect(
    () =>
      onEditorCommand(command => {
        switch (command.kind) {
          case 'find':
            openFind()
            return
          case 'insert-blocks': {
            const ids = insertBlocks(editor, command.blocks)
            ReactEditor.focus(editor)
            setReuse({ ids: new Set(ids), context: command.reuse })
            return
          }
          case 'add-section':
            addExtraSection(editor)
            ReactEditor.focus(editor)
            return
          case 'capture':
            command.reply(captureBlock(editor))
            return
          case 'focus':
            focusBlock(editor, command.id)
            return
          case 'move':
            moveBefore(editor, command.id, command.beforeId)
        }
      }),
    [editor, openFind, setReuse]
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
