import { Editor, Transforms } from 'slate'
import { DEFAULT_SECTION_TITLES } from '../../shared/model/create-plan'
import { newId } from '../../shared/model/ids'
import type { SectionRole } from '../../shared/model/types'
import { slateToBody } from './from-slate'
import type { SectionElement, TopElement } from './slate-types'

type Required = Exclude<SectionRole, 'extra'>
const ORDER: readonly Required[] = ['purpose', 'tasks', 'organization']

/**
 * Root-level invariants of the body editor, fixed one at a time (returns true after a fix so
 * Slate normalises again): unique ids; exactly one purpose, tasks and organization section in
 * that order; closing paragraphs only after the last section; every block's depth and style as
 * the outline rules place it.
 */
export function normaliseTop(editor: Editor): boolean {
  const top = editor.children as TopElement[]
  return (
    fixIds(editor, top) ||
    fixSections(editor, top) ||
    fixClosing(editor, top) ||
    ensureClosing(editor, top) ||
    fixPlacements(editor, top)
  )
}

function fixIds(editor: Editor, top: readonly TopElement[]): boolean {
  const seen = new Set<string>()
  for (let i = 0; i < top.length; i += 1) {
    const el = top[i]!
    if (typeof el.id !== 'string' || el.id === '' || seen.has(el.id)) {
      Transforms.setNodes(editor, { id: newId() }, { at: [i] })
      return true
    }
    seen.add(el.id)
    // Footnotes inside the block (a pasted copy keeps the original's id).
    if (el.type !== 'section') {
      for (const [j, child] of el.children.entries()) {
        if ('type' in child && child.type === 'footnote') {
          if (seen.has(child.id)) {
            Transforms.setNodes(editor, { id: newId() }, { at: [i, j] })
            return true
          }
          seen.add(child.id)
        }
      }
    }
  }
  return false
}

function fixSections(editor: Editor, top: readonly TopElement[]): boolean {
  const found = new Map<Required, number>()
  for (let i = 0; i < top.length; i += 1) {
    const el = top[i]!
    if (el.type !== 'section' || el.role === 'extra') {
      continue
    }
    if (found.has(el.role)) {
      Transforms.setNodes(editor, { role: 'extra' }, { at: [i] })
      return true
    }
    found.set(el.role, i)
  }
  for (const role of ORDER) {
    if (!found.has(role)) {
      Transforms.insertNodes(editor, section(role), { at: [insertionIndex(top, role, found)] })
      return true
    }
  }
  const [p, t, o] = ORDER.map(role => found.get(role)!)
  if (p! > t! || t! > o!) {
    // Out of order (e.g. after a drag): put the sections back in the skeleton order.
    const wrong = p! > t! ? p! : t!
    Transforms.moveNodes(editor, { at: [wrong], to: [p! > t! ? t! : o!] })
    return true
  }
  const extraAfterOrganisation = top.findIndex((el, i) => i > o! && el.type === 'section')
  const extraBeforeTasks = top.findIndex(
    (el, i) => i < t! && el.type === 'section' && el.role === 'extra'
  )
  if (extraAfterOrganisation >= 0 || extraBeforeTasks >= 0) {
    Transforms.moveNodes(editor, {
      at: [extraAfterOrganisation >= 0 ? extraAfterOrganisation : extraBeforeTasks],
      to: [o!],
    })
    return true
  }
  return false
}

function insertionIndex(
  top: readonly TopElement[],
  role: Required,
  found: ReadonlyMap<Required, number>
): number {
  if (role === 'organization') {
    const closing = top.findIndex(el => el.type === 'closing')
    return closing >= 0 ? closing : top.length
  }
  if (role === 'tasks') {
    const next = top.findIndex((el, i) => i > (found.get('purpose') ?? -1) && el.type !== 'block')
    return next >= 0 ? next : top.length
  }
  const first = top.findIndex(el => el.type !== 'block')
  return first >= 0 ? first : top.length
}

function fixClosing(editor: Editor, top: readonly TopElement[]): boolean {
  let lastSection = -1
  top.forEach((el, i) => {
    if (el.type === 'section') {
      lastSection = i
    }
  })
  const misplaced = top.findIndex((el, i) => el.type === 'closing' && i < lastSection)
  if (misplaced >= 0) {
    Transforms.setNodes(
      editor,
      { type: 'block', style: 'paragraph', depth: 0 },
      { at: [misplaced] }
    )
    return true
  }
  return false
}

/** There is always a closing paragraph to type into (an empty one is not saved). */
function ensureClosing(editor: Editor, top: readonly TopElement[]): boolean {
  if (top.some(el => el.type === 'closing')) {
    return false
  }
  Transforms.insertNodes(
    editor,
    { type: 'closing', id: newId(), children: [{ text: '' }] },
    { at: [top.length] }
  )
  return true
}

function fixPlacements(editor: Editor, top: readonly TopElement[]): boolean {
  const { placements } = slateToBody(top)
  let changed = false
  Editor.withoutNormalizing(editor, () => {
    top.forEach((el, i) => {
      if (el.type !== 'block') {
        return
      }
      const placed = placements.get(el.id)
      if (placed && (placed.depth !== el.depth || placed.style !== el.style)) {
        Transforms.setNodes(editor, { depth: placed.depth, style: placed.style }, { at: [i] })
        changed = true
      }
    })
  })
  return changed
}

function section(role: Required): SectionElement {
  return { type: 'section', id: newId(), role, children: [{ text: DEFAULT_SECTION_TITLES[role] }] }
}
