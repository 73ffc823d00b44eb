import { bounded, MAX_LEVEL } from './numbering-read'
import { child, elements, toggle, type XmlElement } from './xml-node'

/** Run look a style gives: font name, bold, italic (undefined: inherited). */
export type StyleLook = {
  readonly font?: string
  readonly bold?: boolean
  readonly italic?: boolean
}

/** Styles of a document: the default look and a resolver for a style id (basedOn followed). */
export type Styles = {
  readonly defaults: StyleLook
  look(styleId: string | undefined): StyleLook
  /**
   * The list numbering a paragraph style carries (`List Number`, a heading linked to a list),
   * basedOn followed: list id and level are inherited one by one, as Word writes `heading 2`
   * based on `heading 1` with only `w:ilvl`.
   */
  numbering(styleId: string | undefined): StyleList
  /** Heading level 1… of a style named `heading 1`, `Tiêu đề 1`, `Đề mục 1` (basedOn followed). */
  heading(styleId: string | undefined): number | undefined
}

/** List id and level a style gives (either may be missing); `numId` "0" means no list. */
export type StyleList = { readonly numId?: string; readonly ilvl?: number }

const HEADING = /^(?:heading|tiêu đề|đề mục)\s*(\d)$/iu

/** The font named by a `w:rFonts` element (ascii, then hAnsi). */
export function fontOf(rPr: XmlElement | undefined): string | undefined {
  const fonts = child(rPr, 'w:rFonts')
  return fonts?.attrs['w:ascii'] ?? fonts?.attrs['w:hAnsi']
}

function lookOf(rPr: XmlElement | undefined): StyleLook {
  const font = fontOf(rPr)
  const bold = toggle(rPr, 'w:b')
  const italic = toggle(rPr, 'w:i')
  return {
    ...(font !== undefined ? { font } : {}),
    ...(bold !== undefined ? { bold } : {}),
    ...(italic !== undefined ? { italic } : {}),
  }
}

/** Reads styles.xml (optional) into a resolver. */
export function readStyles(root: XmlElement | undefined): Styles {
  const byId = new Map<string, XmlElement>()
  let normal: string | undefined
  for (const style of root ? elements(root, 'w:style') : []) {
    const id = style.attrs['w:styleId']
    if (id !== undefined) {
      byId.set(id, style)
      if (style.attrs['w:default'] === '1' && style.attrs['w:type'] === 'paragraph') {
        normal = id
      }
    }
  }
  const docDefaults = lookOf(child(child(child(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'))
  const cache = new Map<string, StyleLook>()
  const look = (id: string | undefined, depth = 0): StyleLook => {
    if (id === undefined || depth > 20) {
      return {}
    }
    const hit = cache.get(id)
    if (hit) {
      return hit
    }
    const style = byId.get(id)
    if (!style) {
      return {}
    }
    const based = child(style, 'w:basedOn')?.attrs['w:val']
    const result = { ...look(based, depth + 1), ...lookOf(child(style, 'w:rPr')) }
    cache.set(id, result)
    return result
  }
  const numbering = (id: string | undefined, depth = 0): StyleList => {
    const style = id === undefined || depth > 20 ? undefined : byId.get(id)
    if (!style) {
      return {}
    }
    const pr = child(child(style, 'w:pPr'), 'w:numPr')
    const numId = child(pr, 'w:numId')?.attrs['w:val']
    const ilvl = child(pr, 'w:ilvl')?.attrs['w:val']
    const based =
      numId !== undefined && ilvl !== undefined
        ? {}
        : numbering(child(style, 'w:basedOn')?.attrs['w:val'], depth + 1)
    return {
      ...based,
      ...(numId !== undefined ? { numId } : {}),
      ...(ilvl !== undefined ? { ilvl: bounded(ilvl, 0, MAX_LEVEL) } : {}),
    }
  }
  const heading = (id: string | undefined, depth = 0): number | undefined => {
    const style = id === undefined || depth > 20 ? undefined : byId.get(id)
    if (!style) {
      return undefined
    }
    const m = HEADING.exec((child(style, 'w:name')?.attrs['w:val'] ?? '').normalize('NFC').trim())
    return m ? Number(m[1]) : heading(child(style, 'w:basedOn')?.attrs['w:val'], depth + 1)
  }
  return {
    defaults: { ...docDefaults, ...look(normal) },
    heading: id => heading(id),
    look: id => look(id),
    numbering: id => numbering(id),
  }
}
