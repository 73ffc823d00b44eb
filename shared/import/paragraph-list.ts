import { bounded, MAX_LEVEL, type ListNumbering } from './numbering-read'
import type { Styles } from './styles-read'
import { child, val, type XmlElement } from './xml-node'

/** A paragraph's place in a Word list: list id and level. */
export type ListRef = { readonly numId: string; readonly ilvl: number }

/**
 * The list a paragraph belongs to, from its own `w:numPr` and its style's, each of list id and
 * level taken from the paragraph first, then the style chain; with no level anywhere, the level
 * linked to the style (`w:lvl/w:pStyle`), else 0. A `numId` of 0 switches numbering off.
 */
export function paragraphList(
  pPr: XmlElement | undefined,
  styles: Styles,
  numbering: ListNumbering
): ListRef | undefined {
  const own = child(pPr, 'w:numPr')
  const styleId = val(pPr, 'w:pStyle')
  const fromStyle = styles.numbering(styleId)
  const numId = val(own, 'w:numId') ?? fromStyle.numId
  if (numId === undefined || numId === '0') {
    return undefined
  }
  const ownLevel = val(own, 'w:ilvl')
  const ilvl =
    ownLevel !== undefined
      ? bounded(ownLevel, 0, MAX_LEVEL)
      : (fromStyle.ilvl ??
        (styleId === undefined ? undefined : numbering.styleLevel(numId, styleId)) ??
        0)
  return { numId, ilvl }
}
