import { Editor, Element, Node, Range, Text, Transforms, type Descendant } from 'slate'
import { ReactEditor } from 'slate-react'
import type { Clause } from '../../shared/library/types'
import { newId } from '../../shared/model/ids'
import { droppedClause, isClauseDrop } from '../workspace/clause-drag'
import { headingBackspaceMessage } from './heading-names'
import { normaliseTop } from './normalise-top'
import { pasteRunLines } from './paste'
import { htmlToLines, lineText, textToLines, withEdgeSpaces } from './paste-html'
import { outdent } from './keys'
import { matchMarker } from './markers'
import {
  atEndOfTop,
  atStartOfTop,
  currentTop,
  depthForStyle,
  insertBlockAt,
  setBlock,
  subtreeEnd,
  topAt,
} from './structure'

/** What the editor hands to the rest of the app. */
export type PlanRulesOptions = {
  /** A library clause was dropped on the body; the caret is at the drop point. */
  readonly onClauseDrop?: (clause: Clause) => void
  /** A key did nothing on purpose (Backspace on a heading): tell the clerk why. */
  readonly onRefused?: (message: string) => void
}

/**
 * Teaches a Slate editor the plan's shape: required sections cannot be deleted, merged or
 * split; Enter, Backspace and typed numbering behave as in Word lists; pasted text becomes
 * structure. Text being composed by an IME is never rewritten.
 */
export function withPlanRules(editor: Editor, options: PlanRulesOptions = {}): Editor {
  const {
    isInline,
    isVoid,
    normalizeNode,
    insertBreak,
    deleteBackward,
    deleteForward,
    deleteFragment,
    insertText,
    insertData,
  } = editor

  editor.isInline = element => element.type === 'footnote' || isInline(element)
  editor.isVoid = element => element.type === 'footnote' || isVoid(element)

  editor.normalizeNode = entry => {
    const [node, path] = entry
    if (path.length === 0) {
      // Typing changes no structure: skip the whole-body invariants (they cost O(blocks)).
      if (changesStructure(editor) && normaliseTop(editor)) {
        return
      }
    } else if (path.length === 1 && Element.isElement(node) && node.type === 'section') {
      // A section title is plain text: no footnotes, no inline formatting.
      for (const [child, childPath] of Node.children(editor, path)) {
        if (Element.isElement(child)) {
          Transforms.removeNodes(editor, { at: childPath })
          return
        }
        if (Text.isText(child) && (child.bold || child.italic)) {
          Transforms.unsetNodes(editor, ['bold', 'italic'], { at: childPath })
          return
        }
      }
    }
    normalizeNode(entry)
  }

  editor.insertBreak = () => {
    deleteSelectionSafely(editor)
    const top = currentTop(editor)
    if (!top || !editor.selection) {
      return
    }
    const { index, element } = top
    if (element.type === 'section') {
      // Enter never splits a heading: at its start it opens a paragraph above (the preamble, before
      // section I), elsewhere a paragraph below.
      insertBlockAt(
        editor,
        atStartOfTop(editor) && Node.string(element) !== '' ? index : index + 1,
        'paragraph',
        0
      )
      return
    }
    const empty = Node.string(element) === '' && !element.children.some(c => Element.isElement(c))
    if (element.type === 'block' && empty && (element.depth > 0 || element.style !== 'paragraph')) {
      // Enter on an empty item moves it up a level, as Word lists do.
      if (element.depth > 0) {
        outdent(editor)
      } else {
        setBlock(editor, index, { style: 'paragraph' })
      }
      return
    }
    insertBreak()
    const next = currentTop(editor)
    if (next && next.index === index + 1) {
      Transforms.setNodes(editor, { id: newId() }, { at: [next.index] })
      if (
        next.element.type === 'block' &&
        next.element.heading &&
        Node.string(next.element) === ''
      ) {
        Transforms.unsetNodes(editor, 'heading', { at: [next.index] })
      }
    }
  }

  editor.deleteBackward = unit => {
    const top = currentTop(editor)
    if (top && atStartOfTop(editor)) {
      const { index, element } = top
      const previous = topAt(editor, index - 1)
      if (element.type === 'section') {
        options.onRefused?.(headingBackspaceMessage(element))
        return
      }
      if (element.type === 'block' && element.style !== 'paragraph') {
        // First Backspace removes the number, as in Word; the next one merges. An item with
        // sub-items keeps its number: without it, its sub-items would move to another parent.
        if (subtreeEnd(editor, index) === index + 1) {
          setBlock(editor, index, { style: 'paragraph' })
        }
        return
      }
      if (!previous || previous.type === 'section' || previous.type !== element.type) {
        if (Node.string(element) === '' && previous) {
          Transforms.removeNodes(editor, { at: [index] })
          Transforms.select(editor, Editor.end(editor, [index - 1]))
        }
        return
      }
    }
    deleteBackward(unit)
  }

  editor.deleteForward = unit => {
    const top = currentTop(editor)
    if (top && atEndOfTop(editor)) {
      const next = topAt(editor, top.index + 1)
      if (top.element.type === 'section' || !next || next.type !== top.element.type) {
        return
      }
    }
    deleteForward(unit)
  }

  editor.deleteFragment = direction => {
    const { selection } = editor
    if (!selection || Range.isCollapsed(selection)) {
      deleteFragment(direction)
      return
    }
    const [start, end] = Range.edges(selection)
    const first = start.path[0] ?? 0
    const last = end.path[0] ?? 0
    const spansStructure =
      first !== last &&
      editor.children.slice(first, last + 1).some(n => Element.isElement(n) && n.type !== 'block')
    if (!spansStructure) {
      deleteFragment(direction)
      return
    }
    // Never merge across a section heading and never delete heading text: trim the body blocks
    // at both ends (a heading at either end is left whole), drop whole body blocks in between.
    const startsInHeading = topAt(editor, first)?.type === 'section'
    const endsInHeading = topAt(editor, last)?.type === 'section'
    Editor.withoutNormalizing(editor, () => {
      if (!endsInHeading) {
        deleteRange(editor, { anchor: Editor.start(editor, [last]), focus: end })
      }
      for (let i = last - 1; i > first; i -= 1) {
        if (topAt(editor, i)?.type !== 'section') {
          Transforms.removeNodes(editor, { at: [i] })
        }
      }
      if (!startsInHeading) {
        deleteRange(editor, { anchor: start, focus: Editor.end(editor, [first]) })
      }
    })
    if (startsInHeading) {
      // What is typed next replaces the selection: give it a paragraph under the heading.
      insertBlockAt(editor, first + 1, 'paragraph', 0)
    } else {
      Transforms.select(editor, start)
    }
  }

  editor.insertText = text => {
    deleteSelectionSafely(editor)
    insertText(text)
    if (text === ' ' && !ReactEditor.isComposing(editor)) {
      autoformat(editor)
    }
  }

  editor.insertData = data => {
    if (isClauseDrop(data)) {
      // A clause dragged from the library: the caret is at the drop point; the library inserts it.
      const clause = droppedClause(data)
      if (clause) {
        options.onClauseDrop?.(clause)
      }
      return
    }
    if (data.types.includes('application/x-slate-fragment')) {
      insertData(data)
      return
    }
    deleteSelectionSafely(editor)
    // Word, Excel and web pages also put HTML on the clipboard: it carries bold and italic.
    const text = data.getData('text/plain').replace(/[\r\n]+$/, '')
    const html = data.getData('text/html')
    const lines = html ? htmlToLines(html) : []
    if (lines.length <= 1 && !/[\r\n]/.test(text) && !matchMarker(text.trimStart())) {
      // One line goes in at the caret as it was copied, spaces around it included.
      const line = withEdgeSpaces(
        lines[0] ?? [{ text: text.replace(/\t+/g, ' ').normalize('NFC') }],
        text
      )
      if (lineText(line) !== '') {
        pasteRunLines(editor, [line])
      }
      return
    }
    pasteRunLines(editor, lines.length > 0 ? lines : textToLines(text))
  }

  const { setFragmentData } = editor
  editor.setFragmentData = (data, originEvent) => {
    setFragmentData(data, originEvent)
    // Plain text: one line per block. The page's own text would add a blank line at every chunk
    // wrapper of a big plan (BodyEditor renderChunk).
    if (editor.selection) {
      const blocks = Editor.fragment(editor, editor.selection)
      data.setData('text/plain', blocks.map(block => Node.string(block)).join('\n'))
    }
  }

  return editor
}

const TEXT_ONLY = new Set(['insert_text', 'remove_text', 'set_selection'])

/** Whether the pending operations may have changed the body's structure (or a full normalise was asked for). */
function changesStructure(editor: Editor): boolean {
  return editor.operations.length === 0 || editor.operations.some(op => !TEXT_ONLY.has(op.type))
}

/** Deletes the text of a range inside one element; a collapsed range deletes nothing. */
function deleteRange(editor: Editor, range: Range): void {
  if (Range.isExpanded(range)) {
    Transforms.delete(editor, { at: range })
  }
}

/** Deletes an expanded selection with the structure-safe deleteFragment before text replaces it. */
function deleteSelectionSafely(editor: Editor): void {
  if (editor.selection && Range.isExpanded(editor.selection)) {
    editor.deleteFragment()
  }
}

/** Turns a typed marker (`1. `, `a) `, `- `, `+ `, `1.1. `) at the start of a block into structure. */
function autoformat(editor: Editor): void {
  const top = currentTop(editor)
  const { selection } = editor
  if (!top || !selection || top.element.type !== 'block' || !Range.isCollapsed(selection)) {
    return
  }
  const before = Editor.string(editor, {
    anchor: Editor.start(editor, [top.index]),
    focus: selection.anchor,
  })
  const marker = matchMarker(before)
  if (!marker || marker.length !== before.length) {
    return
  }
  Editor.withoutNormalizing(editor, () => {
    Transforms.delete(editor, {
      at: { anchor: Editor.start(editor, [top.index]), focus: selection.anchor },
    })
    setBlock(editor, top.index, {
      style: marker.style,
      depth: depthForStyle(editor, top.index, marker.style, marker.nested),
    })
  })
}

/** Initial value guard: Slate needs at least one element. */
export function nonEmpty(value: Descendant[]): Descendant[] {
  return value.length > 0
    ? value
    : [{ type: 'block', id: newId(), style: 'paragraph', depth: 0, children: [{ text: '' }] }]
}
