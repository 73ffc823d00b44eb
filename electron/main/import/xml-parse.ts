import type { XmlElement, XmlNode } from '../../../shared/import/xml-node'

/** An XML part that cannot be read safely (DOCTYPE, entities, broken markup). */
export class XmlRefused extends Error {}

const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
}

function decode(text: string): string {
  if (!text.includes('&')) {
    return text
  }
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (_m, ref: string) => {
    if (ref.startsWith('#x')) {
      return String.fromCodePoint(parseInt(ref.slice(2), 16))
    }
    if (ref.startsWith('#')) {
      return String.fromCodePoint(parseInt(ref.slice(1), 10))
    }
    const named = NAMED[ref]
    if (named === undefined) {
      throw new XmlRefused(`unknown entity &${ref};`)
    }
    return named
  })
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  ATTR.lastIndex = 0
  for (let m = ATTR.exec(source); m !== null; m = ATTR.exec(source)) {
    attrs[m[1] as string] = decode(m[3] ?? m[4] ?? '')
  }
  return attrs
}

type Open = { name: string; attrs: Record<string, string>; children: XmlNode[] }

/**
 * A small, strict XML parser for Office parts: elements, attributes, text, CDATA, comments and
 * processing instructions. A DOCTYPE or ENTITY declaration is refused (entities are never
 * expanded), as is any unknown entity reference or unbalanced markup.
 */
export function parseXml(text: string): XmlElement {
  const stack: Open[] = [{ name: '#document', attrs: {}, children: [] }]
  let i = 0
  const n = text.length
  while (i < n) {
    const lt = text.indexOf('<', i)
    const top = stack[stack.length - 1] as Open
    const end = lt === -1 ? n : lt
    if (end > i) {
      const raw = text.slice(i, end)
      if (top.name === 'w:t' || top.name === 'w:instrText' || raw.trim() !== '') {
        top.children.push(decode(raw))
      }
    }
    if (lt === -1) {
      break
    }
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4)
      if (close === -1) {
        throw new XmlRefused('unterminated comment')
      }
      i = close + 3
    } else if (text.startsWith('<![CDATA[', lt)) {
      const close = text.indexOf(']]>', lt + 9)
      if (close === -1) {
        throw new XmlRefused('unterminated CDATA')
      }
      top.children.push(text.slice(lt + 9, close))
      i = close + 3
    } else if (text.startsWith('<!', lt)) {
      throw new XmlRefused('DOCTYPE or ENTITY declarations are not allowed')
    } else if (text.startsWith('<?', lt)) {
      const close = text.indexOf('?>', lt + 2)
      if (close === -1) {
        throw new XmlRefused('unterminated processing instruction')
      }
      i = close + 2
    } else {
      const close = findTagEnd(text, lt + 1)
      const body = text.slice(lt + 1, close)
      i = close + 1
      if (body.startsWith('/')) {
        const name = body.slice(1).trim()
        const open = stack.pop()
        if (!open || open.name !== name || stack.length === 0) {
          throw new XmlRefused(`unbalanced </${name}>`)
        }
        continue
      }
      const selfClosing = body.endsWith('/')
      const inner = selfClosing ? body.slice(0, -1) : body
      const space = inner.search(/\s/)
      const name = space === -1 ? inner : inner.slice(0, space)
      const el: Open = {
        name,
        attrs: space === -1 ? {} : parseAttrs(inner.slice(space)),
        children: [],
      }
      top.children.push(el)
      if (!selfClosing) {
        stack.push(el)
      }
    }
  }
  const doc = stack[0] as Open
  const root = doc.children.find((c): c is Open => typeof c === 'object')
  if (stack.length !== 1 || !root) {
    throw new XmlRefused('truncated or empty XML')
  }
  return root
}

function findTagEnd(text: string, from: number): number {
  let quote = ''
  for (let j = from; j < text.length; j++) {
    const ch = text[j]
    if (quote !== '') {
      if (ch === quote) {
        quote = ''
      }
    } else if (ch === '"' || ch === "'") {
      quote = ch
    } else if (ch === '>') {
      return j
    }
  }
  throw new XmlRefused('unterminated tag')
}
