import { Editor, Transforms } from 'slate'
import { newId } from '../../shared/model/ids'
import type { Block, Run } from '../../shared/model/types'
import { slateToBody } from './from-slate'
import type { TopElement } from './slate-types'
import { currentTop, subtreeEnd } from './structure'
import { blocksToSlate } from './to-slate'

/** A deep copy of blocks with fresh ids (a clause may be inserted many times into one plan). */
export function withFreshIds(blocks: readonly Block[]): Block[] {
  const runs = (content: readonly Run[]): Run[] =>
    content.map(r => ('type' in r ? { ...r, id: newId() } : r))
  return blocks.map(b =>
    b.type === 'paragraph'
      ? { ...b, id: newId(), content: runs(b.content) }
      : { ...b, id: newId(), content: runs(b.content), children: withFreshIds(b.children) }
  )
}

/**
 * Inserts blocks after the caret's block and its sub-items, at the caret's level (after a section
 * heading: at its top level; without a caret: at the end of section II). Returns the new ids.
 */
export function insertBlocks(editor: Editor, blocks: readonly Block[]): string[] {
  const top = editor.selection ? currentTop(editor) : undefined
  let at: number
  let depth = 0
  if (top?.element.type === 'block') {
    at = subtreeEnd(editor, top.index)
    depth = top.element.depth
  } else if (top?.element.type === 'section') {
    at = top.index + 1
  } else {
    const children = editor.children as TopElement[]
    const organisation = children.findIndex(
      el => el.type === 'section' && el.role === 'organization'
    )
    at = organisation >= 0 ? organisation : children.length
  }
  const flat: TopElement[] = []
  blocksToSlate(withFreshIds(blocks), depth, flat)
  Transforms.insertNodes(editor, flat, { at: [at] })
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
