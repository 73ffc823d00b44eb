import { Editor, Element, Node, Transforms } from 'slate'
import { withFreshIds } from '../../shared/model/insert'
import { clauseInsertionPoint } from '../../shared/model/outline'
import type { Block } from '../../shared/model/types'
import { slateToBody } from './from-slate'
import type { TopElement } from './slate-types'
import { currentTop, subtreeEnd } from './structure'
import { blocksToSlate } from './to-slate'

/**
 * Inserts blocks after the caret's block and its sub-items, at the caret's level (after a section
 * heading: at its top level; without a caret: at the end of section II). An empty item at the
 * caret is filled instead: the first block takes its place and its numbering style. Returns the
 * new ids.
 */
export function insertBlocks(editor: Editor, blocks: readonly Block[]): string[] {
  const caret = editor.selection ? currentTop(editor)?.index : undefined
  const top = editor.children as TopElement[]
  const { at, depth, replace } = clauseInsertionPoint(top, caret, isEmptyElement)
  const flat: TopElement[] = []
  blocksToSlate(withFreshIds(blocks), depth, flat)
  const filled = replace ? top[at] : undefined
  const first = flat[0]
  if (filled?.type === 'block' && filled.style !== 'paragraph' && first?.type === 'block') {
    flat[0] = { ...first, style: filled.style }
  }
  Editor.withoutNormalizing(editor, () => {
    if (replace) {
      Transforms.removeNodes(editor, { at: [at] })
    }
    Transforms.insertNodes(editor, flat, { at: [at] })
  })
  Transforms.select(editor, Editor.end(editor, [at + flat.length - 1]))
  return flat.map(el => el.id)
}

/** The caret's block with its sub-items, rebuilt as one model block. */
export function captureBlock(editor: Editor): Block | undefined {
  const top = editor.selection ? currentTop(editor) : undefined
  if (!top || top.element.type !== 'block') {
    return undefined
  }
  const base = top.element.depth
  const elements = (editor.children as TopElement[])
    .slice(top.index, subtreeEnd(editor, top.index))
    .map(el => (el.type === 'block' ? { ...el, depth: el.depth - base } : el))
  const section: TopElement = {
    type: 'section',
    id: 'capture',
    role: 'tasks',
    children: [{ text: '' }],
  }
  return slateToBody([section, ...elements]).body.sections[0]?.children[0]
}

/** Whether a body element holds neither text nor a footnote. */
function isEmptyElement(element: TopElement): boolean {
  return Node.string(element) === '' && !element.children.some(c => Element.isElement(c))
}
