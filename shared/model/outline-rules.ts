import type { ItemStyle } from './types'

/** What holds a block: a section, the preamble, or an item (`decimal2` is a `1.1.` item). */
export type ParentKind =
  'section' | 'preamble' | 'decimal' | 'decimal2' | 'letter' | 'dash' | 'plus'

const ALLOWED: Readonly<Record<ParentKind, readonly ItemStyle[]>> = {
  section: ['decimal', 'letter', 'dash', 'plus'],
  preamble: ['dash', 'plus'],
  decimal: ['decimal', 'letter', 'dash', 'plus'],
  decimal2: ['letter', 'dash', 'plus'],
  letter: ['dash', 'plus'],
  dash: ['plus'],
  plus: [],
}

/** Item styles allowed directly inside a parent (outline order I. › 1. › 1.1. › a) › - › +). */
export function allowedChildStyles(parent: ParentKind): readonly ItemStyle[] {
  return ALLOWED[parent]
}

/** The parent kind that an item of `style` becomes for its own children. */
export function childParentKind(parent: ParentKind, style: ItemStyle): ParentKind {
  if (style === 'decimal') {
    return parent === 'decimal' ? 'decimal2' : 'decimal'
  }
  return style
}

/** Item styles ordered from outermost to innermost. */
export const STYLE_ORDER: readonly ItemStyle[] = ['decimal', 'letter', 'dash', 'plus']
