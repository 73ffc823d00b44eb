import { parseXml } from '../../../electron/main/import/xml-parse'
import { openZip } from '../../../electron/main/import/zip-read'
import { descendants, isElement, ownText, type XmlElement } from '../../../shared/import/xml-node'
import type { Plan } from '../../../shared/model/types'

const norm = (s: string): string =>
  s
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('vi')

/** Lines of text of every paragraph of document.xml and footnotes.xml (w:t joined, w:br split). */
export function docxLines(bytes: Uint8Array): string[] {
  const zip = openZip(bytes)
  if (!zip.ok) {
    throw new Error(zip.error.message)
  }
  const lines: string[] = []
  for (const name of ['word/document.xml', 'word/footnotes.xml']) {
    const part = zip.value.read(name)
    if (!part?.ok) {
      continue
    }
    for (const p of descendants(parseXml(new TextDecoder().decode(part.value)), 'w:p')) {
      let text = ''
      const walk = (n: XmlElement): void => {
        for (const c of n.children) {
          if (!isElement(c)) {
            continue
          }
          if (c.name === 'w:t') {
            text += ownText(c)
          } else if (c.name === 'w:br') {
            text += '\n'
          } else {
            walk(c)
          }
        }
      }
      walk(p)
      lines.push(...text.split('\n'))
    }
  }
  return lines.filter(l => l.trim() !== '')
}

/** Texts printed by the exporter that the model never stores (fixed or computed). */
const COMPUTED: readonly RegExp[] = [
  /^cộng hòa xã hội chủ nghĩa việt nam$/,
  /^độc lập - tự do - hạnh phúc$/,
  /^kế hoạch$/,
  /^nơi nhận:?$/,
  /^phụ lục( [ivxlc]+)?$/,
  /^\(kèm theo .*\)$/,
  /^số: .*\/kh-.*$/,
  /^.*, ngày.*tháng.*năm.*$/,
  /^[ivxlc\d.]+$/,
]

/** The lines of a .docx that cannot be found in the imported plan (should be none). */
export function missingLines(bytes: Uint8Array, plan: Plan): string[] {
  const strings: string[] = []
  JSON.stringify(plan, (k, v: unknown) => {
    if (typeof v === 'string') {
      strings.push(norm(v))
    }
    if (k === 'content' && Array.isArray(v)) {
      strings.push(norm(v.map((r: { text?: string }) => r.text ?? '').join('')))
    }
    return v
  })
  const blob = strings.join('\n')
  return docxLines(bytes).filter(line => {
    let t = norm(line)
    if (COMPUTED.some(re => re.test(t))) {
      return false
    }
    t = t
      .replace(/^([ivxlc]+\.|\d+(\.\d+)*\.|[a-zđ]\)|[-+]|(tm|kt|q|tl|tuq)\.)\s*/u, '')
      .replace(/^lưu:\s*/u, '')
      .replace(/(\.\/\.|[;.,])$/u, '')
      .trim()
    return t !== '' && !blob.includes(t)
  })
}
