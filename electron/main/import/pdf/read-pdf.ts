import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { PdfItem, PdfPage } from '../../../../shared/import/pdf/pdf-types'

/** Why a PDF's text cannot be read. */
export type PdfRefusal = 'encrypted' | 'damaged' | 'too-many-pages'

/** A PDF that is not read, for a reason the clerk can act on. */
export class PdfRefused extends Error {
  constructor(readonly reason: PdfRefusal) {
    super(reason)
  }
}

/** More pages than any plan has; a longer file is refused before its pages are read. */
export const MAX_PDF_PAGES = 400

type PdfJs = typeof PdfJsModule

let loaded: Promise<PdfJs> | undefined

/**
 * pdf.js's legacy build for Node, with its worker code run in this thread: the worker module
 * is imported here and handed over through `globalThis.pdfjsWorker`, so pdf.js never fetches or
 * spawns anything (the import already runs in the import worker thread, under its limits).
 */
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
    return import('pdfjs-dist/legacy/build/pdf.mjs')
  })()
  return loaded
}

type TextItem = { str: string; transform: number[]; width: number; fontName: string }
type Page = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>

/**
 * Bold and italic of each font of a page, from the font's PostScript name (`…-Bold`,
 * `…,BoldItalic`): the text layer does not carry them, and fonts are only loaded (into
 * `commonObjs`, shared by all pages) once a page's operator list is built — no drawing happens.
 * Only pages using a font not met before pay for that.
 */
async function fontStyles(
  page: Page,
  names: readonly string[]
): Promise<Map<string, { bold: boolean; italic: boolean }>> {
  const out = new Map<string, { bold: boolean; italic: boolean }>()
  if (names.some(id => !page.commonObjs.has(id))) {
    await page.getOperatorList()
  }
  for (const id of names) {
    const font: unknown = page.commonObjs.has(id) ? page.commonObjs.get(id) : undefined
    const raw = (font as { name?: unknown } | undefined)?.name
    const name = typeof raw === 'string' ? raw : ''
    out.set(id, {
      bold: /bold|black|heavy|demi|semibold/i.test(name),
      italic: /italic|oblique/i.test(name),
    })
  }
  return out
}

/**
 * Reads the text layer of every page: each text item with its position and font size. No
 * script evaluation, no font loading or fetching, no network; an encrypted file is
 * `PdfRefused('encrypted')`, a broken one `PdfRefused('damaged')`.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const lib = await pdfjs()
  const task = lib.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    verbosity: 0,
  })
  try {
    const doc = await task.promise.catch((error: unknown) => {
      const name = (error as { name?: string }).name
      throw new PdfRefused(name === 'PasswordException' ? 'encrypted' : 'damaged')
    })
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new PdfRefused('too-many-pages')
    }
    const pages: PdfPage[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const { width, height } = page.getViewport({ scale: 1 })
      const content = await page.getTextContent()
      const fonts = await fontStyles(page, Object.keys(content.styles))
      const items: PdfItem[] = (content.items as TextItem[])
        .filter(it => typeof it.str === 'string' && Array.isArray(it.transform))
        .map(it => {
          const [a = 0, b = 0, , , e = 0, f = 0] = it.transform
          const style = fonts.get(it.fontName) ?? { bold: false, italic: false }
          return { text: it.str, x: e, y: f, width: it.width, size: Math.hypot(a, b), ...style }
        })
      pages.push({ width, height, items })
      page.cleanup()
    }
    return pages
  } catch (error) {
    throw error instanceof PdfRefused ? error : new PdfRefused('damaged')
  } finally {
    await task.destroy()
  }
}
