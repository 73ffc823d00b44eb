import { SaxesParser } from 'saxes'
import type { XmlElement, XmlNode } from '../../../shared/import/xml-node'

/** An XML part that cannot be read safely (DOCTYPE, entities, broken markup, too deep). */
export class XmlRefused extends Error {}

/**
 * Deepest element nesting accepted. Word's own files stay far below (a table in a table in a
 * text box is about 30); a hostile file nesting 1,000 tables would overflow recursive readers.
 */
export const MAX_XML_DEPTH = 256

type Open = { name: string; attrs: Record<string, string>; children: XmlNode[] }

/** Text kept even when it is only blanks: the words of a run and of a field instruction. */
const KEEPS_BLANKS = new Set(['w:t', 'w:instrText'])

/**
 * Parses an Office XML part with saxes (strict, well-formedness checked, no DTD): elements with
 * qualified names (`w:p`), attributes, text and CDATA. A DOCTYPE is refused, so entities are
 * never expanded; any malformed markup (bad character reference, duplicate attribute, bare `&`,
 * unbalanced tags, truncation) or nesting deeper than `MAX_XML_DEPTH` is an `XmlRefused`.
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false })
  const stack: Open[] = [{ name: '#document', attrs: {}, children: [] }]
  const top = (): Open => stack[stack.length - 1] as Open
  parser.on('error', error => {
    throw new XmlRefused(error.message)
  })
  parser.on('doctype', () => {
    throw new XmlRefused('DOCTYPE or ENTITY declarations are not allowed')
  })
  parser.on('opentag', tag => {
    if (stack.length > MAX_XML_DEPTH) {
      throw new XmlRefused(`elements nested deeper than ${MAX_XML_DEPTH}`)
    }
    const el: Open = {
      name: tag.name,
      attrs: { ...(tag.attributes as Record<string, string>) },
      children: [],
    }
    top().children.push(el)
    if (!tag.isSelfClosing) {
      stack.push(el)
    }
  })
  parser.on('closetag', tag => {
    if (!tag.isSelfClosing) {
      stack.pop()
    }
  })
  parser.on('text', t => {
    const parent = top()
    if (KEEPS_BLANKS.has(parent.name) || t.trim() !== '') {
      parent.children.push(t)
    }
  })
  parser.on('cdata', t => {
    top().children.push(t)
  })
  try {
    parser.write(text).close()
  } catch (error) {
    if (error instanceof XmlRefused) {
      throw error
    }
    // saxes reports through the handler above; anything else is still a malformed part.
    throw new XmlRefused(error instanceof Error ? error.message : String(error))
  }
  const root = (stack[0] as Open).children.find((c): c is Open => typeof c === 'object')
  if (stack.length !== 1 || !root) {
    throw new XmlRefused('truncated or empty XML')
  }
  return root
}
