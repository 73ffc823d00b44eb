import { Packer } from 'docx'
import JSZip from 'jszip'
import { buildDocument } from '../../../shared/docx/build-document'
import type { LayoutSettings } from '../../../shared/docx/layout-settings'
import type { Plan } from '../../../shared/model/types'

/** The XML parts of an exported plan that the tests read. */
export type DocxParts = {
  readonly document: string
  readonly styles: string
  readonly footnotes: string
  /** docProps/core.xml: author, title … */
  readonly core: string
  readonly headers: readonly string[]
  readonly bytes: Buffer
}

/** Builds, packs and unzips a plan's .docx. */
export async function exportParts(
  plan: Plan,
  settings?: LayoutSettings,
  options: { readonly draft?: boolean } = {}
): Promise<DocxParts> {
  const bytes = await Packer.toBuffer(buildDocument(plan, settings, options))
  const zip = await JSZip.loadAsync(bytes)
  const read = async (name: string): Promise<string> =>
    (await zip.file(name)?.async('string')) ?? ''
  const headerNames = Object.keys(zip.files).filter(n => /^word\/header\d+\.xml$/.test(n))
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    footnotes: await read('word/footnotes.xml'),
    core: await read('docProps/core.xml'),
    headers: await Promise.all(headerNames.map(read)),
    bytes,
  }
}

/** Every `<w:p>…</w:p>` of an XML part. */
export function paragraphsXml(xml: string): string[] {
  return xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []
}

/** Plain text of a paragraph's XML (w:t contents joined). */
export function xmlText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map(m => m[1] ?? '')
    .join('')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** The paragraph whose text contains `needle` (first match), or throws. */
export function paragraphWith(xml: string, needle: string): string {
  const found = paragraphsXml(xml).find(p => xmlText(p).includes(needle))
  if (found === undefined) {
    throw new Error(`No paragraph contains ${JSON.stringify(needle)}`)
  }
  return found
}

/** Every `<w:sectPr>` of the document, in order. */
export function sectionsXml(xml: string): string[] {
  return xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? []
}

/** Every `<w:tbl>` of the document, in order (tables are not nested in exports). */
export function tablesXml(xml: string): string[] {
  return xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
}
