import { memo, useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react'
import { createEditor, Editor, Transforms } from 'slate'
import {
  ReactEditor,
  Slate,
  withReact,
  type RenderElementProps,
  type RenderLeafProps,
} from 'slate-react'
import type { BasisLine } from '../../shared/model/types'
import { EditableSurface } from './EditableSurface'
import { ElementView } from './elements/ElementView'
import { Leaf } from './elements/Leaf'
import { removeExtraSection } from './extra-sections'
import { FindBar } from './FindBar'
import { FootnotePanel } from './FootnotePanel'
import { insertFootnote } from './footnotes'
import type { Body } from './from-slate'
import { keepNearChunksDrawn } from './near-chunks'
import { handleStructureKey } from './keys'
import { ReusePanel } from './ReusePanel'
import { syncSelection } from './sync-selection'
import { useBodySync } from './use-body-sync'
import { useDecorations } from './use-decorations'
import { useEditorCommands } from './use-editor-commands'
import { withPlanRules } from './with-plan-rules'
import { useWorkspace } from '../workspace/workspace'
import './editor.css'

/** Top-level blocks per render chunk (slate-react chunking). */
const CHUNK_SIZE = 100

/** Props of the body editor. */
export type BodyEditorProps = {
  /** The body parts of the plan (memoised by the caller so header edits do not re-render the body). */
  readonly body: Body
  /** Căn cứ lines come before the body in footnote numbering. */
  readonly bases: readonly BasisLine[]
  /** Called with the rebuilt body after every content change. */
  readonly onBodyChange: (body: Body) => void
  /** Undo/redo live at plan level (they cover header fields too). */
  readonly onUndo: () => void
  readonly onRedo: () => void
}

/**
 * The Slate editor of the plan body (preamble, sections, closing), laid out as printed. Numbering
 * is computed from the structure and shown with CSS, never stored or typed. Sync with the plan,
 * decorations and commands from other panes live in hooks; element renderers in elements/.
 */
export const BodyEditor = memo(function BodyEditor({
  body,
  bases,
  onBodyChange,
  onUndo,
  onRedo,
}: BodyEditorProps) {
  const { commands, announce } = useWorkspace()
  const editor = useMemo(() => {
    const e = withPlanRules(withReact(createEditor()), {
      onClauseDrop: clause => commands.run('library.insertClause', clause),
      onRefused: message => announce('info', message),
    })
    // Render the ~1,000 top-level blocks of a big plan in chunks: a keystroke re-renders one chunk.
    e.getChunkSize = node => (Editor.isEditor(node) ? CHUNK_SIZE : null)
    return e
  }, [announce, commands])
  const { initial, labels, onChange } = useBodySync(editor, body, bases, onBodyChange)
  const { decorate, onFindDecorate, reuse, setReuse } = useDecorations(editor)
  const [findOpen, setFindOpen] = useState(false)
  const [footnote, setFootnote] = useState<string | undefined>(undefined)
  const openFind = useCallback(() => setFindOpen(true), [])
  useEditorCommands(editor, openFind, setReuse)
  useEffect(() => keepNearChunksDrawn(), [])

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const mod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      if (mod && (key === 'z' || key === 'y')) {
        event.preventDefault()
        if (key === 'y' || event.shiftKey) {
          onRedo()
        } else {
          onUndo()
        }
        return
      }
      if (mod || event.altKey || event.key === 'Tab') {
        syncSelection(editor)
      }
      // Ctrl+Home/End: the browser cannot reach text in an off-screen (skipped) chunk itself.
      if (mod && !event.altKey && (event.key === 'Home' || event.key === 'End')) {
        event.preventDefault()
        const edge = event.key === 'Home' ? Editor.start(editor, []) : Editor.end(editor, [])
        const anchor = event.shiftKey && editor.selection ? editor.selection.anchor : edge
        Transforms.select(editor, { anchor, focus: edge })
        return
      }
      if (mod && event.altKey && key === 'f') {
        event.preventDefault()
        setFootnote(insertFootnote(editor))
        return
      }
      if (handleStructureKey(editor, event)) {
        event.preventDefault()
      }
    },
    [editor, onRedo, onUndo]
  )

  const onRemoveSection = useCallback((id: string) => removeExtraSection(editor, id), [editor])
  const renderElement = useCallback(
    (props: RenderElementProps) => (
      <ElementView
        {...props}
        labels={labels}
        onFootnote={setFootnote}
        onRemoveSection={onRemoveSection}
      />
    ),
    [labels, onRemoveSection]
  )
  const renderLeaf = useCallback((props: RenderLeafProps) => <Leaf {...props} />, [])

  return (
    <Slate editor={editor} initialValue={initial} onChange={onChange}>
      {findOpen && (
        <FindBar
          onDecorate={onFindDecorate}
          onClose={() => {
            setFindOpen(false)
            ReactEditor.focus(editor)
          }}
        />
      )}
      <EditableSurface
        decorate={decorate}
        renderElement={renderElement}
        renderLeaf={renderLeaf}
        onKeyDown={onKeyDown}
      />
      {reuse && <ReusePanel watch={reuse} onClose={() => setReuse(undefined)} />}
      {footnote && (
        <FootnotePanel
          id={footnote}
          number={labels.get(footnote)}
          onClose={() => setFootnote(undefined)}
        />
      )}
    </Slate>
  )
})
