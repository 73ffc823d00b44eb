import { PageOrientation } from 'docx'
import type { ISectionOptions, Paragraph, Table } from 'docx'
import type { LayoutSettings } from './layout-settings'
import { pageNumberHeaders } from './page-header'
import { mmToTwips } from './units'

/** A4 in millimetres. */
export const A4 = { width: 210, height: 297 } as const

/** Width of the text area in twips for a portrait or landscape A4 page. */
export function textWidthTwips(s: LayoutSettings, landscape: boolean): number {
  const pageWidth = landscape ? A4.height : A4.width
  return mmToTwips(pageWidth - s.marginLeft - s.marginRight)
}

/**
 * A Word section on A4 with the decree's margins, the page number in the header but not on its
 * first page; `restartNumbering` makes it count from 1 (appendices). The width and height are
 * always given portrait: the docx package swaps them itself for LANDSCAPE.
 */
export function pageSection(
  s: LayoutSettings,
  children: readonly (Paragraph | Table)[],
  options: { readonly landscape: boolean; readonly restartNumbering: boolean }
): ISectionOptions {
  return {
    headers: pageNumberHeaders(s),
    properties: {
      titlePage: true,
      page: {
        size: {
          width: mmToTwips(A4.width),
          height: mmToTwips(A4.height),
          orientation: options.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwips(s.marginTop),
          bottom: mmToTwips(s.marginBottom),
          left: mmToTwips(s.marginLeft),
          right: mmToTwips(s.marginRight),
          header: mmToTwips(Math.max(5, s.marginTop / 2)),
          footer: mmToTwips(Math.max(5, s.marginBottom / 2)),
        },
        ...(options.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    children: [...children],
  }
}
