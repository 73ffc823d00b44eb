import { Packer } from 'docx'
import type { Document } from 'docx'
import JSZip from 'jszip'

/** The revision author and date the tracked-changes tests write with. */
export const META = { author: 'ỦY BAN NHÂN DÂN HUYỆN LỘC BÌNH', date: '2025-05-02T08:30:00Z' }

/** Packs a document and returns its word/document.xml. */
export async function xmlOf(document: Document): Promise<string> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document))
  return (await zip.file('word/document.xml')?.async('string')) ?? ''
}

/** XML text with the entities docx writes turned back into characters. */
export const unescape = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** The text inside every `<tag …>…</tag>` of `xml` (`w:t` and `w:delText` alike), with author. */
export function revisions(xml: string, tag: 'w:ins' | 'w:del') {
  const re = new RegExp(`<${tag} ([^>]*)>([\\s\\S]*?)</${tag}>`, 'g')
  return [...xml.matchAll(re)].map(m => ({
    author: /w:author="([^"]*)"/.exec(m[1] ?? '')?.[1],
    text: unescape(
      [...(m[2] ?? '').matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)]
        .map(t => t[1])
        .join('')
    ),
  }))
}

/** The text of `w:t` runs outside any `w:ins` (what prints as kept text). */
export const plainText = (xml: string): string =>
  unescape(
    [
      ...xml
        .replace(/<w:ins [^>]*>[\s\S]*?<\/w:ins>/g, '')
        .matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g),
    ]
      .map(m => m[1])
      .join('')
  )
