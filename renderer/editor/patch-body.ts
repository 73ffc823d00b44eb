import type { Block, Section } from '../../shared/model/types'
import { slateToRuns, type Body } from './from-slate'
import type { TopElement } from './slate-types'

/**
 * The body after a text-only edit of one top-level element: only that block (or section title)
 * and its ancestors are new objects, the rest is shared. Cheaper than rebuilding the whole body
 * on every keystroke. Returns undefined when the element is not found (rebuild instead).
 */
export function patchBody(body: Body, element: TopElement): Body | undefined {
  if (element.type === 'section') {
    const title = element.children.map(c => c.text).join('')
    const i = body.sections.findIndex(s => s.id === element.id)
    return i < 0
      ? undefined
      : { ...body, sections: replaceAt(body.sections, i, { ...body.sections[i]!, title }) }
  }
  const content = slateToRuns(element.children)
  if (element.type === 'closing') {
    const i = body.closing.findIndex(p => p.id === element.id)
    // An emptied closing paragraph is dropped from the model: let the full rebuild handle it.
    return i < 0 || content.length === 0
      ? undefined
      : { ...body, closing: replaceAt(body.closing, i, { ...body.closing[i]!, content }) }
  }
  const preamble = replaceBlock(body.preamble, element.id, content)
  if (preamble) {
    return { ...body, preamble }
  }
  for (const [i, section] of body.sections.entries()) {
    const children = replaceBlock(section.children, element.id, content)
    if (children) {
      const next: Section = { ...section, children }
      return { ...body, sections: replaceAt(body.sections, i, next) }
    }
  }
  return undefined
}

function replaceBlock(
  blocks: readonly Block[],
  id: string,
  content: Block['content']
): Block[] | undefined {
  for (const [i, block] of blocks.entries()) {
    if (block.id === id) {
      return replaceAt(blocks, i, { ...block, content })
    }
    if (block.type === 'item') {
      const children = replaceBlock(block.children, id, content)
      if (children) {
        return replaceAt(blocks, i, { ...block, children })
      }
    }
  }
  return undefined
}

function replaceAt<T>(list: readonly T[], i: number, value: T): T[] {
  const out = [...list]
  out[i] = value
  return out
}
